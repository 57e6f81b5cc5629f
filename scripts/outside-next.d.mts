// Types of scripts/outside-next.mjs.
export const REACT_SERVER_CONDITION: string;
export const TSX_NODE_ARGS: string[];
