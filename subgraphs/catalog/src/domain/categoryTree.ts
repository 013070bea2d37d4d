import type { CategoryModel } from './models.js';

/** The category tree, indexed for the lookups resolvers make. */
export class CategoryTree {
  private readonly byId: Map<string, CategoryModel>;
  private readonly childrenById = new Map<string, CategoryModel[]>();
  readonly roots: CategoryModel[];

  constructor(categories: readonly CategoryModel[]) {
    const sorted = [...categories].sort((a, b) => a.name.localeCompare(b.name));
    this.byId = new Map(sorted.map((c) => [c.id, c]));
    this.roots = sorted.filter((c) => c.parentId === null);
    for (const c of sorted) {
      if (c.parentId === null) continue;
      const siblings = this.childrenById.get(c.parentId) ?? [];
      siblings.push(c);
      this.childrenById.set(c.parentId, siblings);
    }
  }

  get(id: string): CategoryModel | undefined {
    return this.byId.get(id);
  }

  children(id: string): CategoryModel[] {
    return this.childrenById.get(id) ?? [];
  }

  /** Names from the top-level category down to `id`. */
  names(id: string): string[] {
    const names: string[] = [];
    for (let c = this.byId.get(id); c; c = c.parentId ? this.byId.get(c.parentId) : undefined) names.unshift(c.name);
    return names;
  }
}
