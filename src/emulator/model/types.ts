/** The facts of the AWS service model the emulator validates against (src/emulator/model/model.json). */

/** `start`: the value must begin with a match; otherwise the whole value must match. */
export type PatternAnchor = 'start';

/** What the model says of one shape. */
export interface ShapeFacts {
  type: string;
  members?: Record<string, string>;
  member?: string;
  required?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  /** How the pattern is anchored: the whole value (unset), or its start only (`^…` in the 2022 model). */
  anchor?: PatternAnchor;
  enum?: string[];
  sensitive?: true;
}
/** The operations in scope and every shape they reach. */
export interface ModelTable {
  operations: Record<string, { input?: string; output?: string; errors: string[] }>;
  shapes: Record<string, ShapeFacts>;
}

