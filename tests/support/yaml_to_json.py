#!/usr/bin/env python3
"""Converts a YAML document (docs/api/openapi.yaml) to JSON for the C++ contract tests.

Usage: yaml_to_json.py <in.yaml> <out.json>
Needs python3-yaml (scripts/install-deps.sh). Refuses duplicate keys, which YAML loaders otherwise
resolve silently (last one wins), and non-string keys (an unquoted 200: would become an integer).
"""
import json
import sys

import yaml


class StrictLoader(yaml.SafeLoader):
    pass


def construct_mapping(loader, node, deep=False):
    mapping = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, str):
            raise yaml.constructor.ConstructorError(
                None, None, f"non-string key {key!r} (quote it)", key_node.start_mark)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = yaml.load(f, Loader=StrictLoader)
    # default=str: an unquoted date (example: 2025-07-01) becomes its ISO text.
    text = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
