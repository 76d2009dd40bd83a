/** What `factdiff entities` reports: canonical entities with their spellings, roles and articles. */
import { aliasOf } from '../normalize/entities.js';
import type { Entity, EntityType, Model, ToolInfo } from '../types.js';

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  names: { name: string; reason: string; articles: string[] }[];
  roles: { role: string; title: string; modifiers: string[]; qualifier: string | null; articles: string[] }[];
  articles: string[];
  mentions: number;
}

export interface EntitiesReport {
  schemaVersion: 1;
  tool: ToolInfo;
  entities: EntityRecord[];
}

/** "U.S.", "American" → United States; "Ukraine’s", "Ukrainian" → Ukraine; organizations as written. */
export function canonicalQualifier(model: Model, qualifier: string): string {
  const q = qualifier.replace(/['’]s$/u, '').trim();
  const alias = aliasOf(model, q);
  if (alias) return alias;
  return model.places.countryNamed(q)?.name ?? model.places.countryOfDemonym(q)?.name ?? q;
}

export function buildEntitiesReport(model: Model, entities: Entity[], tool: ToolInfo): EntitiesReport {
  return {
    schemaVersion: 1,
    tool,
    entities: entities.map((e) => {
      const roles = new Map<string, EntityRecord['roles'][number]>();
      for (const { path, role } of e.roles) {
        const whose = role.qualifier ? canonicalQualifier(model, role.qualifier) : null;
        const text = [...role.modifiers, role.title].join(' ') + (whose ? ` (${whose})` : '');
        const entry = roles.get(text) ?? {
          role: text,
          title: role.title,
          modifiers: role.modifiers,
          qualifier: role.qualifier,
          articles: [],
        };
        if (!entry.articles.includes(path)) entry.articles.push(path);
        roles.set(text, entry);
      }
      return {
        id: e.id,
        type: e.type,
        name: e.name,
        names: e.names,
        roles: [...roles.values()]
          .map((r) => ({ ...r, articles: r.articles.sort() }))
          .sort((a, b) => (a.role < b.role ? -1 : 1)),
        articles: e.articles,
        mentions: e.mentions.length,
      };
    }),
  };
}
