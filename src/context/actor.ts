/**
 * The actor used when no provider names one. In a module of its own, so
 * elements that never act (the presentational badge) do not carry it.
 */
import type { Actor } from '../adapter/types.js';

export const UNKNOWN_ACTOR: Readonly<Actor> = Object.freeze({ id: 'unknown', name: 'Unknown user' });
