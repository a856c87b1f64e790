import {
  type FieldNode,
  getNamedType,
  type GraphQLResolveInfo,
  isAbstractType,
  isObjectType,
  Kind,
  type NamedTypeNode,
  type SelectionSetNode,
} from 'graphql';

/** Whether the field being resolved selects `name` directly on its result (through fragments too). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/**
 * The names of the fields selected on the `typeName` objects the field being resolved returns: on each object
 * itself, or on a connection's `edges { node }` and `nodes`; through fragments on the type, on an interface or union
 * that includes it, or without a type condition. Fields under @skip or @include count too: it may only say too much.
 */
export function fieldsSelectedOn(info: GraphQLResolveInfo, typeName: string): Set<string> {
  const type = info.schema.getType(typeName);
  const applies = (condition: NamedTypeNode | undefined): boolean => {
    if (!condition || condition.name.value === typeName) return true;
    const outer = info.schema.getType(condition.name.value);
    return Boolean(outer && type && isAbstractType(outer) && isObjectType(type) && info.schema.isSubType(outer, type));
  };
  /** The fields of a selection set, through fragments; `check` whether their type conditions apply (the node level). */
  const fieldsOf = (set: SelectionSetNode | undefined, check: boolean): FieldNode[] =>
    (set?.selections ?? []).flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      return fragment && (!check || applies(fragment.typeCondition)) ? fieldsOf(fragment.selectionSet, check) : [];
    });
  const nodeSets: Array<SelectionSetNode | undefined> = [];
  for (const field of info.fieldNodes) {
    if (!getNamedType(info.returnType).name.endsWith('Connection')) {
      nodeSets.push(field.selectionSet);
      continue;
    }
    for (const inner of fieldsOf(field.selectionSet, false)) {
      if (inner.name.value === 'nodes') nodeSets.push(inner.selectionSet);
      if (inner.name.value === 'edges')
        for (const edge of fieldsOf(inner.selectionSet, false)) if (edge.name.value === 'node') nodeSets.push(edge.selectionSet);
    }
  }
  return new Set(
    nodeSets
      .flatMap((set) => fieldsOf(set, true))
      .map((f) => f.name.value)
      .filter((name) => !name.startsWith('__')),
  );
}
