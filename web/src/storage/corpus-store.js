// Corpora kept in the browser (IndexedDB): for each, its source files (as
// Blobs), its saved index (Corpus.save() bytes) and a catalog entry with its
// metadata. The catalog is the pointer: a corpus exists once its catalog
// entry does.
//
// Writes are all-or-nothing. save() first writes the new record (index and
// sources) under a fresh id in one transaction; only after that commits does
// a second transaction add its catalog entry, make it current and drop the
// record it replaces. A page killed in between leaves an unreferenced record,
// which open() deletes; never a half-written corpus in the catalog.
//
// Stores: catalog  (key 'catalog' -> {current: id | null, entries: {id: Entry}})
//         indexes  (key id -> Uint8Array)
//         sources  (key id -> [{name, blob, fields?}])
// Entry = {id, name, documents, sourceBytes, indexBytes, files: [{name, size, fields?}],
//          created, indexFormat, analyzerVersion}

const DB_NAME = 'qalam-corpora';
const DB_VERSION = 1;
const CATALOG_KEY = 'catalog';

function promised(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('the storage transaction was aborted'));
  });
}

function openDatabase() {
  const request = indexedDB.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const name of ['catalog', 'indexes', 'sources']) {
      if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    }
  };
  return promised(request);
}

function emptyCatalog() {
  return { current: null, entries: {} };
}

function newId() {
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export async function openCorpusStore() {
  const db = await openDatabase();

  async function readCatalog() {
    const transaction = db.transaction('catalog', 'readonly');
    return (await promised(transaction.objectStore('catalog').get(CATALOG_KEY))) ?? emptyCatalog();
  }

  // Changes the catalog (and deletes records) in one transaction.
  async function updateCatalog(change) {
    const transaction = db.transaction(['catalog', 'indexes', 'sources'], 'readwrite');
    const done = committed(transaction);
    const catalogStore = transaction.objectStore('catalog');
    const catalog = (await promised(catalogStore.get(CATALOG_KEY))) ?? emptyCatalog();
    const drop = change(catalog) ?? [];
    catalogStore.put(catalog, CATALOG_KEY);
    for (const id of drop) {
      transaction.objectStore('indexes').delete(id);
      transaction.objectStore('sources').delete(id);
    }
    await done;
    return catalog;
  }

  // Records no catalog entry points at: left by a page closed mid-save.
  async function collectGarbage() {
    const catalog = await readCatalog();
    const transaction = db.transaction(['indexes', 'sources'], 'readwrite');
    const done = committed(transaction);
    for (const name of ['indexes', 'sources']) {
      const store = transaction.objectStore(name);
      for (const key of await promised(store.getAllKeys())) {
        if (!Object.hasOwn(catalog.entries, key)) store.delete(key);
      }
    }
    await done;
  }

  await collectGarbage();

  return {
    // Entries, oldest first.
    async list() {
      const catalog = await readCatalog();
      return Object.values(catalog.entries).sort((a, b) => a.created - b.created);
    },

    async current() {
      const catalog = await readCatalog();
      return catalog.current && catalog.entries[catalog.current] ? catalog.entries[catalog.current] : null;
    },

    async byName(name) {
      return (await this.list()).find((entry) => entry.name === name) ?? null;
    },

    async readIndex(id) {
      return promised(db.transaction('indexes', 'readonly').objectStore('indexes').get(id));
    },

    async readSources(id) {
      return (await promised(db.transaction('sources', 'readonly').objectStore('sources').get(id))) ?? [];
    },

    // Stores a corpus and makes it current; `replaces`: the id of the entry
    // it supersedes (its record is dropped once the new one is in).
    // `edits`: the entity edits in effect (also inside the index), kept to
    // apply again when the corpus is indexed anew from its files.
    // `entityLists`: the person's own entity lists [{name, text}], added
    // again when the corpus is reopened.
    async save({ name, files, index, documents, indexFormat, analyzerVersion, edits = [], entityLists = [], replaces = null }) {
      const id = newId();
      // A file keeps the fields it was imported with (protocol.js Fields), if any.
      const sources = files.map((file) => (file.fields ? { name: file.name, blob: file.blob, fields: file.fields } : { name: file.name, blob: file.blob }));
      const write = db.transaction(['indexes', 'sources'], 'readwrite');
      const written = committed(write);
      write.objectStore('indexes').put(index, id);
      write.objectStore('sources').put(sources, id);
      await written;
      const entry = {
        id,
        name,
        documents,
        sourceBytes: sources.reduce((sum, file) => sum + file.blob.size, 0),
        indexBytes: index.byteLength,
        files: sources.map((file) => (file.fields ? { name: file.name, size: file.blob.size, fields: file.fields } : { name: file.name, size: file.blob.size })),
        created: Date.now(),
        indexFormat,
        analyzerVersion,
        edits,
        entityLists,
      };
      await updateCatalog((catalog) => {
        catalog.entries[id] = entry;
        catalog.current = id;
        if (replaces && replaces !== id && catalog.entries[replaces]) {
          delete catalog.entries[replaces];
          return [replaces];
        }
        return [];
      });
      return entry;
    },

    // A new index for an entry (rebuilt from its sources): written as save() writes.
    async replaceIndex(id, { index, documents, indexFormat, analyzerVersion, edits, entityLists }) {
      const old = (await readCatalog()).entries[id];
      if (!old) throw new Error(`no stored corpus ${id}`);
      const sources = await this.readSources(id);
      return this.save({
        name: old.name,
        files: sources,
        index,
        documents,
        indexFormat,
        analyzerVersion,
        edits: edits ?? old.edits ?? [],
        entityLists: entityLists ?? old.entityLists ?? [],
        replaces: id,
      });
    },

    async setCurrent(id) {
      await updateCatalog((catalog) => {
        catalog.current = id && catalog.entries[id] ? id : null;
      });
    },

    async rename(id, name) {
      await updateCatalog((catalog) => {
        if (catalog.entries[id]) catalog.entries[id] = { ...catalog.entries[id], name };
      });
    },

    async remove(id) {
      await updateCatalog((catalog) => {
        if (!catalog.entries[id]) return [];
        delete catalog.entries[id];
        if (catalog.current === id) catalog.current = null;
        return [id];
      });
    },

    close() {
      db.close();
    },
  };
}

// {usage, quota} in bytes from the browser, or null when it cannot say.
export async function storageEstimate() {
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return { usage: usage ?? 0, quota: quota ?? 0 };
  } catch {
    return null;
  }
}
