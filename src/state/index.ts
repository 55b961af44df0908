/**
 * The state layer: commands over a project, applied with immer, a reducer,
 * and a history with undo, redo and the project as of any date.
 *
 * @module
 */
export {
  type ApplyCommandResult,
  applyCommand,
  applyCommands,
  applyCommandWithPatches,
  type PatchedProject,
  type ProjectPatch,
  parseCommand,
  safeApplyCommand,
} from './apply.js';
export {
  type BatchCommand,
  type Command,
  type CommandOfType,
  type CommandPayload,
  type CommandType,
  commands,
  commandTypes,
  isCommandType,
} from './commands/index.js';
export { type EraseOptions, eraseMember, eraseMemberFromHistory } from './erase.js';
export {
  canRedo,
  canUndo,
  createHistory,
  type History,
  type HistoryAction,
  type HistoryEntry,
  historyReducer,
  type ParseHistoryOptions,
  parseHistory,
  projectAsOf,
  type RecordOptions,
  recordCommand,
  redo,
  replayHistory,
  serializeHistory,
  undo,
} from './history.js';
export { projectReducer } from './reducer.js';
