import { Kind, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

/** The fragment definitions of an operation document, by name (the gateway's pre-plan checks expand them). */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return fragments;
}
