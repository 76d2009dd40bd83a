import { tokenize } from '../text/tokens.js';
import type { Article, Token, TokenizedArticle } from '../types.js';
import { tagText, type NlpTerm } from './nlp.js';
import { splitSentences } from './sentences.js';

/** Sentences and their tokens, with the NLP tags on each token: the shape every extractor reads. */
export function parseArticle(article: Article, onPiece?: (charsRead: number) => void): TokenizedArticle {
  const nlp = tagText(article.text, onPiece);
  const sentences = splitSentences(article.text, nlp.sentences);
  const tokens = sentences.map((s) => tokenize(article.text, s));
  attachTags(tokens.flat(), nlp.terms);
  const words = tokens.reduce((n, ts) => n + ts.filter((t) => t.kind !== 'punct').length, 0);
  return { article, sentences, tokens, words };
}

/** Gives each token the tags of the NLP term it starts in (both lists are in text order). */
function attachTags(tokens: Token[], terms: NlpTerm[]): void {
  let k = 0;
  for (const token of tokens) {
    while (k < terms.length && (terms[k] as NlpTerm).end <= token.start) k++;
    const term = terms[k];
    if (!term || term.start > token.start || token.start >= term.end) continue;
    if (term.tags.length > 0) token.tags = term.tags;
    if (term.root && term.start === token.start) token.root = term.root;
    if (term.participleOf && term.start === token.start) token.participleOf = term.participleOf;
  }
}
