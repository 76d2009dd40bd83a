/**
 * Reading: what the pipeline takes from each article (quantities, names, quotes), in two
 * parts. `readArticle` needs the article alone (the costly part: NLP, quantities, name
 * candidates), so it runs in worker threads or comes from the cache; `finishReadings` needs
 * the whole batch, since a name is typed with what every article knows.
 */
import { normalizeMention } from '../normalize/index.js';
import { skeletons } from '../normalize/entities.js';
import type { Article, ArticleMentions, ArticleReading, Model } from '../types.js';
import { nameCandidates, personWords, typeCandidates } from './entities.js';
import { extractMentions } from './index.js';
import { parseArticle } from './parse.js';
import { extractQuotes } from './quotes.js';

/** One article on its own: sentences, quantities (normalized) and name candidates. */
export function readArticle(model: Model, article: Article, onPiece?: (charsRead: number) => void): ArticleReading {
  const tagged = parseArticle(article, onPiece); // sentences, tokens, NLP tags (`onPiece`: how far a long one is)
  const mentions = extractMentions(model, tagged).map((raw) => normalizeMention(model, raw));
  const names = nameCandidates(model, tagged);
  // the tokens and their tags have done their work: the stages after reading tokenize again (no tags)
  return { parsed: { article, sentences: tagged.sentences, words: tagged.words }, mentions, names };
}

/**
 * The batch part: names are typed with what the whole batch knows ("Zelensky" is a person
 * because another article names Volodymyr Zelenskyy), then quotes get their speakers.
 */
export function finishReadings(model: Model, readings: readonly ArticleReading[]): ArticleMentions[] {
  const skeleton = skeletons();
  const people = personWords(
    readings.flatMap((r) => r.names),
    skeleton,
  );
  return readings.map(({ parsed, mentions, names }) => {
    const entities = typeCandidates(names, people, skeleton);
    const quotes = extractQuotes(model, parsed.article.text, entities);
    return { parsed, mentions, entities, quotes };
  });
}
