/** Types for pack-manifest.mjs (used by its test). */
export declare const PARKED: string;
export declare function rewrite(text: string, action: 'park' | 'restore'): string;
