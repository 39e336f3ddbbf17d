/** A backup or restore that cannot go on; its message (Vietnamese, for the operator) says why and what to do. */
export class BackupError extends Error {}
