import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);

// src/report/renderJson.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

export {
  renderJson
};
