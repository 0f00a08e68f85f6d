import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";

const pluginName = "generatedDescriptions";

/**
 * Describes the fields a Pothos plugin generates without offering a description option — plugin-prisma's
 * connection `totalCount` — so every field in schema.graphql says what it is (a test checks this).
 */
export class GeneratedDescriptionsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (!fieldConfig.description && fieldConfig.extensions?.pothosPrismaTotalCount) {
      return { ...fieldConfig, description: "How many items the whole list has (with its filters), across all pages." };
    }
    return fieldConfig;
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      generatedDescriptions: GeneratedDescriptionsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, GeneratedDescriptionsPlugin);

export default pluginName;
