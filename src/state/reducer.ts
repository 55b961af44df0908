/**
 * A reducer over projects, for React's `useReducer` or a Redux store.
 *
 * @module
 */
import type { Project } from '../model/project.js';
import { applyCommand } from './apply.js';
import { type Command, isCommandType } from './commands/index.js';

/**
 * Applies a command to a project, as a reducer. Actions of any other type
 * (a Redux store sends its own, and other slices') leave the state as it is.
 * A rejected command throws, as {@link applyCommand} does; to show problems
 * in a form instead, check the command first with {@link safeApplyCommand}.
 *
 * @throws {@link CoproduceError} with code `invalid-command` for a rejected command.
 *
 * @category State
 * @example
 * ```tsx
 * import { useReducer } from 'react';
 * import { commands, projectReducer } from 'coproduce';
 *
 * const [project, dispatch] = useReducer(projectReducer, initialProject);
 * dispatch(commands.member.retire({ id: 'm-01', on: '2025-06-30' }));
 * ```
 */
export function projectReducer(state: Project, command: Command): Project {
  if (!isCommandType((command as { readonly type?: unknown } | undefined)?.type)) return state;
  return applyCommand(state, command);
}
