#!/usr/bin/env node
// Checks skill.json and interaction models against the JSON schemas of the SMAPI model (npm ask-smapi-model).
//
// The package ships one Swagger 2.0 document; its definitions are JSON schemas, apart from Swagger's way of writing
// polymorphism (a base with a "discriminator" that subtypes extend through allOf). This script turns each such base
// into a dispatcher (the "type" value picks the subtype, and must be a known one) and then forbids properties the
// schema does not name, so that a misspelt key fails here instead of at `ask deploy`.
//
// Usage: node scripts/validate-skill-package.js TOOLS_DIR FILE...   (TOOLS_DIR holds node_modules/)
// A file named skill.json is a manifest; any other file is an interaction model. Exit status 1 if any is invalid.
'use strict';
const fs = require('fs');
const path = require('path');

const [toolsDir, ...files] = process.argv.slice(2);
if (!toolsDir || files.length === 0) {
  console.error('usage: validate-skill-package.js TOOLS_DIR FILE...');
  process.exit(2);
}
const modules = path.resolve(toolsDir, 'node_modules');
const Ajv2019 = require(path.join(modules, 'ajv/dist/2019')).default;
const spec = require(path.join(modules, 'ask-smapi-model/spec.json'));

const REF = '#/definitions/';
const definitions = JSON.parse(JSON.stringify(spec.definitions));

/** Swagger bases with a discriminator, and for each the subtypes that extend it. */
function polymorphicBases() {
  const bases = new Map();
  for (const [name, schema] of Object.entries(definitions)) {
    if (schema.discriminator) {
      bases.set(name, { property: schema.discriminator, subtypes: new Map() });
    }
  }
  for (const [name, schema] of Object.entries(definitions)) {
    for (const part of schema.allOf || []) {
      const base = part.$ref && bases.get(part.$ref.slice(REF.length));
      if (base && schema['x-discriminator-value']) {
        base.subtypes.set(schema['x-discriminator-value'], name);
      }
    }
  }
  return bases;
}

const bases = polymorphicBases();
// Names used as a building block inside an allOf: closing those would reject what the other parts add.
const parts = new Set();
for (const schema of Object.values(definitions)) {
  for (const part of schema.allOf || []) {
    if (part.$ref) parts.add(part.$ref.slice(REF.length));
  }
}

for (const [name, base] of bases) {
  const core = definitions[name];
  delete core.discriminator;
  definitions[name + '.core'] = core;
  for (const subtype of base.subtypes.values()) {
    definitions[subtype].allOf = definitions[subtype].allOf
      .map((part) => (part.$ref === REF + name ? { $ref: REF + name + '.core' } : part));
  }
  // Some bases list every allowed value in a sibling enum (Interface -> InterfaceType), including types that add
  // no properties of their own (CAN_FULFILL_INTENT_REQUEST).
  const sibling = definitions[name + 'Type'];
  const known = new Set([...base.subtypes.keys(), ...((sibling && sibling.enum) || [])]);
  definitions[name] = {
    allOf: [{ $ref: REF + name + '.core' }],
    properties: { [base.property]: { enum: [...known] } },
  };
  for (const [value, subtype] of base.subtypes) {
    definitions[name].allOf.push({
      if: { properties: { [base.property]: { const: value } }, required: [base.property] },
      then: { $ref: REF + subtype },
    });
  }
  definitions[name].unevaluatedProperties = false;
}

for (const [name, schema] of Object.entries(definitions)) {
  const isObject = schema.properties || schema.allOf;
  const closable = isObject && !parts.has(name) && !name.endsWith('.core') && !bases.has(name)
      && schema.additionalProperties === undefined;
  if (closable) {
    schema.unevaluatedProperties = false;
  }
}

const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'smapi', definitions });
const manifest = ajv.getSchema('smapi' + REF + 'v1.skill.Manifest.SkillManifestEnvelope');
const model = ajv.getSchema('smapi' + REF + 'v1.skill.interactionModel.InteractionModelData');

let failed = 0;
for (const file of files) {
  const validate = path.basename(file) === 'skill.json' ? manifest : model;
  let document;
  try {
    document = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (unreadable) {
    console.log(`INVALID ${file}: ${unreadable.message}`);
    failed++;
    continue;
  }
  if (validate(document)) {
    console.log(`valid ${file}`);
  } else {
    failed++;
    console.log(`INVALID ${file}`);
    for (const error of validate.errors) {
      const extra = error.params && error.params.unevaluatedProperty
        ? ` (${error.params.unevaluatedProperty})` : '';
      console.log(`  ${error.instancePath || '/'} ${error.message}${extra}`);
    }
  }
}
process.exit(failed === 0 ? 0 : 1);
