// The views beside the result list, in tab order. Each entry:
//   { id, label: {en, fa}, mount(panel, context) }
// mount() builds the view inside `panel` (an empty element the shell owns) and
// returns { show(), hide() }; context = { client, state, t, ui } where state is
// the store of state.js and t(key) the shell's translation lookup.
export const views = [];
