/** Rules of the lazily loaded forms (offline form, busy box's email field): each chunk adds them with its own. */
export const FORM_CSS = `
label{font-weight:600;font-size:13px;display:flex;flex-direction:column;gap:4px}
input,textarea.f{border:1px solid var(--bd);border-radius:8px;padding:8px 10px;font-weight:400}
.pr:disabled{opacity:.6;cursor:progress}
`;
