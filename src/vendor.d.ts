/** The stopword package ships no types: the one list factdiff reads from it. */
declare module 'stopword' {
  export const eng: string[];
}
