// The labelled corpora in ../shared/corpora (see its README): KazNERD
// (Kazakh) and NewsFANE (Arabic) come one token per line and are joined
// back into running text, 20 sentences a document; factRuEval (Russian)
// has one article per .txt file.

import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileDigest, listFiles } from '../inputs.mjs';
import { cleanText, firstLineTitle } from '../text.mjs';

const SENTENCES_PER_DOCUMENT = 20;
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);

function sharedSource(name, relativePaths, documents) {
  return {
    name,
    describe(ctx) {
      const files = relativePaths(ctx.sharedDir);
      if (files.length === 0) throw new Error(`no files for ${name} under ${ctx.sharedDir}/corpora`);
      ctx.state[`${name}Files`] = files;
      return { files: files.map((path) => ({ name: path.slice(ctx.sharedDir.length + 1), ...fileDigest(path) })) };
    },
    documents: (ctx) => documents(ctx.state[`${name}Files`]),
  };
}

function required(path) {
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  return [path];
}

// Sentences of a one-token-per-line file, each a list of tokens (the first
// column). A sentence ends at a blank line, or, in files that have none
// (NewsFANE), after a sentence-final punctuation token.
function* tokenSentences(path, endsAtPunctuation) {
  let tokens = [];
  for (const rawLine of readFileSync(path, 'utf8').split('\n')) {
    const line = rawLine.replace(/[\uFEFF\u200E\u200F\r]/g, '');
    if (line.trim() === '') {
      if (tokens.length) yield tokens;
      tokens = [];
      continue;
    }
    const token = line.split(/[\t ]/)[0];
    if (!token) continue;
    tokens.push(token);
    if (endsAtPunctuation && SENTENCE_END.has(token)) {
      yield tokens;
      tokens = [];
    }
  }
  if (tokens.length) yield tokens;
}

function tokenFileDocuments(lang, endsAtPunctuation) {
  return function* documents(files) {
    for (const path of files) {
      let sentences = [];
      const flush = () => {
        const text = cleanText(sentences.join('\n'));
        sentences = [];
        return text ? { title: firstLineTitle(text), text, lang, date: '' } : null;
      };
      for (const tokens of tokenSentences(path, endsAtPunctuation)) {
        sentences.push(tokens.join(' '));
        if (sentences.length === SENTENCES_PER_DOCUMENT) {
          const doc = flush();
          if (doc) yield doc;
        }
      }
      const rest = flush();
      if (rest) yield rest;
    }
  };
}

function* articleDocuments(files) {
  for (const path of files) {
    const text = cleanText(readFileSync(path, 'utf8'));
    if (text) yield { title: firstLineTitle(text), text, lang: 'ru', date: '' };
  }
}

// book_9.txt before book_10.txt.
function byNumber(a, b) {
  const n = (p) => Number(/(\d+)/.exec(basename(p))?.[1] ?? 0);
  return n(a) - n(b) || (a < b ? -1 : 1);
}

export const kazNerd = sharedSource(
  'kaznerd',
  (shared) => required(join(shared, 'corpora', 'kk', 'KazNERD_IOB2_valid.txt')),
  tokenFileDocuments('kk', false),
);
export const newsFane = sharedSource(
  'newsfane',
  (shared) => required(join(shared, 'corpora', 'ar', 'NewsFANE_Gold_2014_part1.txt')),
  tokenFileDocuments('ar', true),
);
export const factRuEval = sharedSource(
  'factrueval',
  (shared) => {
    const dir = join(shared, 'corpora', 'ru', 'factRuEval-2016-devset');
    if (!existsSync(dir)) throw new Error(`${dir} is missing`);
    return listFiles(dir, /\.txt$/).sort(byNumber);
  },
  articleDocuments,
);
