// People and groups by name: the engine's accounts and groups (created from the grid's staff,
// squadrons and the enterprise registry) read through /user and /group as the signed-in user, shown
// as 王强（wangqiang） — the name people know, the id auditors search the operation log and REST API for.

/** Loads the accounts of the given ids; returns id → "王强（wangqiang）" (the id alone when unknown). */
export function people(rest, ids) {
  // Accounts keep a Chinese name family name first: firstName 王 + lastName 强.
  return named(rest, '/user', ids, u => `${u.firstName || ''}${u.lastName || ''}`.trim());
}

/** Loads the groups of the given ids; returns id → "高新执法一中队（squadron-XY-GX-SQ1）". */
export function groups(rest, ids) {
  return named(rest, '/group', ids, g => (g.name || '').trim());
}

async function named(rest, path, ids, nameOf) {
  const wanted = [...new Set(ids.filter(id => typeof id === 'string' && id))];
  const names = {};
  for (let i = 0; i < wanted.length; i += 50) {
    const chunk = wanted.slice(i, i + 50);
    try {
      (await rest.get(path, { idIn: chunk.join(','), maxResults: chunk.length })).forEach(entry => {
        const name = nameOf(entry);
        if (name) names[entry.id] = name;
      });
    } catch (ignored) {
      // Without READ on users or groups the trail still shows the ids.
    }
  }
  return id => {
    if (id === undefined || id === null || id === '') return id;
    return names[id] ? `${names[id]}（${id}）` : String(id);
  };
}
