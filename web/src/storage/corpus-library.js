// Which corpus is open, and the ways to change that: the sample corpus (the
// default when nothing is stored, never stored itself), a stored corpus
// reopened from its saved index without indexing again (rebuilt from its
// stored files when the index is from another format or analyzer), and an
// import, stored once it is complete. The worker swaps corpora only when
// the new one is whole, and the store switches its pointer only after the
// new record is written, so a cancelled or failed import, or a page closed
// mid-way, leaves the open and the stored corpora as they were.

import { MessageType } from '../protocol.js';
import { openCorpusStore } from './corpus-store.js';

export const SAMPLE = Object.freeze({ id: '', name: '' });

// The fields kept with a stored file: only those given, none when empty.
function storedFields(fields) {
  const kept = Object.fromEntries(Object.entries(fields ?? {}).filter(([, key]) => typeof key === 'string' && key !== ''));
  return Object.keys(kept).length > 0 ? kept : undefined;
}

export function createCorpusLibrary({ client, sampleUrl, sampleName }) {
  let store = null;
  let storeError = null;
  let open = SAMPLE; // the catalog entry of the open corpus, or SAMPLE
  let sampleBytes = null;

  // A copy each time: the client transfers the buffers it is given, which
  // would leave the kept bytes detached (empty) for the next use.
  async function sample() {
    if (!sampleBytes) {
      const response = await fetch(sampleUrl);
      if (!response.ok) throw new Error(`could not fetch the sample corpus (HTTP ${response.status})`);
      sampleBytes = await response.arrayBuffer();
    }
    return sampleBytes.slice(0);
  }

  // The person's entity lists of the open corpus, [{name, text}]: a saved
  // index keeps the entities found, not the lists, so they are added again
  // (without extracting anew) when it is reopened.
  let lists = [];
  const encoder = new TextEncoder();
  async function addLists(entry, reextract) {
    lists = Array.isArray(entry.entityLists) ? entry.entityLists : [];
    for (const list of lists) {
      await client.call(MessageType.ADD_ENTITY_LIST, { name: list.name, bytes: encoder.encode(list.text).buffer, reextract });
    }
  }

  async function openStored(entry) {
    const index = await store.readIndex(entry.id);
    try {
      if (!index) throw Object.assign(new Error('its saved index is missing'), { code: 'not-found' });
      const opened = await client.openIndex(index);
      await addLists(entry, false);
      await store.setCurrent(entry.id);
      open = entry;
      return { documents: opened.documents, origin: 'saved-index' };
    } catch (error) {
      if (error.code === 'busy') throw error;
      // Saved by another version: index its stored files again.
      const sources = await store.readSources(entry.id);
      if (sources.length === 0) throw error;
      // Each file with the fields it was first imported with.
      const report = await client.importFiles(sources.map((file) => ({ name: file.name, data: file.blob, fields: file.fields })));
      // The person's entity lists and edits, kept beside the files, apply to the new index.
      let saved = report;
      if (Array.isArray(entry.entityLists) && entry.entityLists.length > 0) {
        await addLists(entry, true);
        saved = await client.saveIndex();
      }
      if (Array.isArray(entry.edits) && entry.edits.length > 0) {
        await client.call(MessageType.EDIT_ENTITIES, { edits: entry.edits });
        saved = await client.saveIndex();
      }
      open = await store.replaceIndex(entry.id, { ...saved, edits: entry.edits ?? [], entityLists: lists });
      return { documents: report.documents, origin: 'rebuilt', rebuilt: true, report };
    }
  }

  return {
    async start() {
      try {
        store = await openCorpusStore();
      } catch (error) {
        storeError = error;
      }
    },

    get storeError() {
      return storeError;
    },
    get available() {
      return store !== null;
    },
    get open() {
      return open;
    },

    async list() {
      return store ? store.list() : [];
    },

    // The corpus to open at start: the one named (from the URL), else the
    // last one open, else the sample.
    async initial(name) {
      if (!store) return SAMPLE;
      if (name) return (await store.byName(name)) ?? SAMPLE;
      return (await store.current()) ?? SAMPLE;
    },

    // The worker's corpus is empty at start: the sample is added to it.
    async openFirst(entry) {
      if (entry !== SAMPLE) return openStored(entry);
      lists = [];
      const report = await client.addDocuments(sampleName, await sample());
      open = SAMPLE;
      return { documents: report.documents, origin: 'sample', report };
    },

    async openEntry(entry) {
      if (entry !== SAMPLE) return openStored(entry);
      lists = [];
      const report = await client.importFiles([{ name: sampleName, data: await sample() }]);
      await store?.setCurrent(null);
      open = SAMPLE;
      return { documents: report.documents, origin: 'sample', report };
    },

    async openByName(name) {
      const entry = name && store ? await store.byName(name) : null;
      return this.openEntry(entry ?? SAMPLE);
    },

    // Imports `files` (File objects) into a new corpus or into the open one
    // and stores the result as `name` (replacing a corpus of that name).
    // `fields`: where each document field is read from (protocol.js
    // Fields), kept with each file so a rebuild reads it the same way.
    async importFiles(files, { name, target, fields, onProgress, signal }) {
      const report = await client.importFiles(files, { base: target, fields, onProgress, signal });
      // The new corpus has the curated lexicon only: a corpus added to keeps
      // the person's lists (found again in all its documents), a new one has none.
      let saved = report;
      if (target === 'current' && lists.length > 0) {
        await addLists({ entityLists: lists }, true);
        saved = await client.saveIndex();
      } else {
        lists = [];
      }
      if (!store) {
        open = { id: '', name, unsaved: true };
        return { report, entry: null };
      }
      let earlier = [];
      let replaces = (await store.byName(name))?.id ?? null;
      if (target === 'current') {
        if (open === SAMPLE) earlier = [{ name: sampleName, blob: new Blob([await sample()]) }];
        else if (open.id) {
          earlier = await store.readSources(open.id);
          if (open.name === name) replaces = open.id;
        }
      }
      const entry = await store.save({
        name,
        files: [...earlier, ...[...files].map((file) => ({ name: file.name, blob: file, fields: storedFields(fields) }))],
        index: saved.index,
        documents: saved.documents,
        indexFormat: saved.indexFormat,
        analyzerVersion: saved.analyzerVersion,
        edits: await client.call(MessageType.ENTITY_EDITS),
        entityLists: lists,
        replaces,
      });
      open = entry;
      return { report, entry };
    },

    // Stores the open corpus as it is now (after entity edits): a stored
    // corpus gets a new index record, the sample is stored under its name.
    async saveOpen() {
      if (!store) return null;
      const saved = await client.saveIndex();
      const edits = await client.call(MessageType.ENTITY_EDITS);
      if (open === SAMPLE) {
        open = await store.save({
          name: sampleName,
          files: [{ name: sampleName, blob: new Blob([await sample()]) }],
          ...saved,
          edits,
          entityLists: lists,
          replaces: (await store.byName(sampleName))?.id ?? null,
        });
      } else if (open.id) {
        open = await store.replaceIndex(open.id, { ...saved, edits, entityLists: lists });
      }
      return open;
    },

    // The person's own entity list (JSON or CSV) for the open corpus: its
    // entities are found in the documents, and the list is stored with the
    // corpus. A list that cannot be read changes nothing; its report says why.
    async addEntityList(name, bytes) {
      const text = new TextDecoder().decode(bytes);
      const report = await client.call(MessageType.ADD_ENTITY_LIST, { name, bytes: encoder.encode(text).buffer });
      if (!report.error) {
        lists = [...lists.filter((list) => list.name !== name), { name, text }];
        await this.saveOpen();
      }
      return report;
    },

    async rename(entry, name) {
      await store.rename(entry.id, name);
      if (open.id === entry.id) open = { ...open, name };
    },

    // Removing the open corpus opens the sample.
    async remove(entry) {
      await store.remove(entry.id);
      if (open.id === entry.id) return this.openEntry(SAMPLE);
      return null;
    },
  };
}
