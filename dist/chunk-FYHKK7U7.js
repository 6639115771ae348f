import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  DEFAULT_API_URL,
  DEFAULT_RETRY,
  GitHubApiError,
  apiBaseUrl,
  createGitHubClient,
  requestAllPages,
  requestJson
} from "./chunk-WZXZDKPX.js";
import "./chunk-HE5HBJIW.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";
export {
  DEFAULT_API_URL,
  DEFAULT_RETRY,
  GitHubApiError,
  apiBaseUrl,
  createGitHubClient,
  requestAllPages,
  requestJson
};
