export declare const PATHOLOGICAL: [string, (n: number) => string, number][];
