import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  GitUnavailable,
  assertRepository,
  changedSince,
  committedAsIs,
  fileAt,
  isAncestor,
  lastChange,
  lastCommitTime,
  mergeBase,
  resolveCommit,
  shallowBoundary,
  workingFiles
} from "./chunk-76NZYPJB.js";
import "./chunk-KAUMNO2H.js";
export {
  GitUnavailable,
  assertRepository,
  changedSince,
  committedAsIs,
  fileAt,
  isAncestor,
  lastChange,
  lastCommitTime,
  mergeBase,
  resolveCommit,
  shallowBoundary,
  workingFiles
};
