/**
 * @file nftables grammar for tree-sitter: the language `nft -f` reads (nft 1.0.6 through 1.1.x).
 *
 * Read top-down: file -> commands and blocks -> chains/sets/objects -> rules -> statements -> expressions.
 * Newlines and `;` separate items, so they are tokens (`_newline`) and not whitespace; inside `{ … }` sets they
 * are skipped explicitly. Field and key names after a protocol keyword are plain identifiers: tree-sitter only
 * turns a word into a keyword where that keyword is valid, so `tcp flags` or `ip protocol tcp` need no lists.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

const PREC = {
  list: 1,
  concat: 2,
  range: 3,
  or: 4,
  xor: 5,
  and: 6,
  shift: 7,
  prefix: 8,
};

const FAMILIES = ['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev'];

// Protocols whose header fields are selected as `<protocol> <field>` (payload and extension headers).
const PROTOCOLS = [
  'ether', 'vlan', 'arp', 'ip', 'ip6', 'icmp', 'icmpv6', 'igmp', 'tcp', 'udp', 'udplite', 'sctp', 'dccp',
  'ah', 'esp', 'comp', 'th', 'hbh', 'frag', 'dst', 'mh', 'srh', 'rt0', 'rt2', 'rt4', 'exthdr', 'gre',
  'gretap', 'vxlan', 'geneve', 'ipip', 'ip6ip', 'cgroupv2',
];

// Meta keys nft accepts without the `meta` prefix.
const META_SHORT_KEYS = [
  'mark', 'iif', 'iifname', 'iiftype', 'oif', 'oifname', 'oiftype', 'skuid', 'skgid', 'nftrace', 'rtclassid',
  'ibriport', 'obriport', 'ibrname', 'obrname', 'pkttype', 'cpu', 'iifgroup', 'oifgroup', 'cgroup', 'day', 'hour', 'time',
];

const VERBS = ['add', 'create', 'insert', 'replace', 'delete', 'destroy', 'flush', 'reset', 'list', 'get', 'rename'];

const RELATIONAL = ['==', '!=', '!', '<', '>', '<=', '>=', 'eq', 'ne', 'lt', 'gt', 'le', 'ge'];

const HEX = '[0-9a-fA-F]{1,4}';
const IPV4 = '[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}';

module.exports = grammar({
  name: 'nftables',

  word: $ => $.identifier,

  extras: $ => [/[ \t\r\f]/, $.comment, $._line_continuation],

  conflicts: $ => [],

  rules: {
    source_file: $ => seq(
      repeat(choice($._separator, seq($._top_level_item, $._separator))),
      optional($._top_level_item),
    ),

    _top_level_item: $ => choice($._common_item, $.table, $.command),

    // Items nft accepts in every block as well as at top level.
    _common_item: $ => choice($.include, $.define, $.redefine, $.undefine),

    _separator: $ => choice(';', $._newline),

    include: $ => seq('include', field('path', $.string)),

    define: $ => seq('define', field('name', $.identifier), '=', field('value', $._define_value)),

    redefine: $ => seq('redefine', field('name', $.identifier), '=', field('value', $._define_value)),

    undefine: $ => seq('undefine', field('name', $.identifier)),

    // A protocol name alone is a value (`define proto = tcp`, then `meta l4proto $proto`), not a header without
    // its field.
    _define_value: $ => choice($._value_expression, $._selector_expression, alias(choice(...PROTOCOLS), $.identifier)),

    // ---------------------------------------------------------------- tables and commands

    table: $ => seq(
      'table',
      optional(field('family', $.family)),
      field('name', $._name),
      field('body', $.table_body),
    ),

    table_body: $ => block($, choice(
      $._common_item,
      $.chain,
      $.set,
      $.map,
      $.flowtable,
      $.object,
      $.flags_declaration,
      $.comment_declaration,
    )),

    command: $ => prec.right(choice(
      seq(field('verb', $.verb), $._command_target),
      seq(field('verb', alias('describe', $.verb)), field('expression', choice(
        $._expression,
        alias(choice(...PROTOCOLS, 'ipsec', 'meta', 'ct', 'rt', 'fib', 'socket', 'osf'), $.identifier),
      ))),
      $._implicit_add_target,
      seq($._table_spec, field('chain', $._name), field('rule', $.rule)),
    )),

    verb: $ => choice(...VERBS),

    _command_target: $ => choice(
      $._table_target,
      $._implicit_add_target,
      seq(field('kind', alias('ruleset', $.object_kind)), optional(field('family', $.family))),
      seq(field('kind', alias($._plural_kind, $.object_kind)), optional(field('family', $.family)),
        optional(field('table', $._name))),
    ),

    _plural_kind: $ => choice('tables', 'chains', 'sets', 'maps', 'flowtables', 'counters', 'quotas', 'limits',
      'meters', 'secmarks', 'synproxys', 'hooks', seq('ct', choice('helpers', 'timeouts', 'expectations'))),

    _table_target: $ => seq(
      field('kind', alias('table', $.object_kind)),
      optional(field('family', $.family)),
      choice(field('table', $._name), $._handle_spec),
      optional(field('body', $.table_body)),
    ),

    // Everything `add` may omit its verb for, plus the commands that name one object in a table.
    _implicit_add_target: $ => choice(
      seq(field('kind', alias('chain', $.object_kind)), $._table_spec,
        choice(seq(field('chain', $._name), optional(field('new_name', $._name))), $._handle_spec),
        optional(field('body', $.chain_body))),
      seq(field('kind', alias('rule', $.object_kind)), $._table_spec, field('chain', $._name),
        optional($._rule_position), optional(field('rule', $.rule))),
      seq(field('kind', alias(choice('set', 'map'), $.object_kind)), $._table_spec,
        choice(field('name', $._name), $._handle_spec), optional(field('body', $.set_body))),
      seq(field('kind', alias('element', $.object_kind)), $._table_spec, field('name', $._name),
        field('elements', choice($.set_expression, $.variable))),
      seq(field('kind', alias('flowtable', $.object_kind)), $._table_spec,
        choice(field('name', $._name), $._handle_spec), optional(field('body', $.flowtable_body))),
      seq(field('kind', $.object_kind), $._table_spec,
        choice(field('name', $._name), $._handle_spec), optional(field('body', $.object_body))),
    ),

    _table_spec: $ => seq(optional(field('family', $.family)), field('table', $._name)),

    _handle_spec: $ => seq('handle', field('handle', $.number)),

    _rule_position: $ => choice(
      seq('handle', field('handle', $.number)),
      seq('position', field('position', $.number)),
      seq('index', field('index', $.number)),
    ),

    family: $ => choice(...FAMILIES),

    flags_declaration: $ => seq('flags', field('flags', commaSep1($.identifier))),

    comment_declaration: $ => seq('comment', field('value', $._string_like)),

    // ---------------------------------------------------------------- chains

    chain: $ => seq('chain', field('name', $._name), field('body', $.chain_body)),

    chain_body: $ => block($, choice(
      $._common_item,
      $.chain_type_declaration,
      $.policy_declaration,
      $.comment_declaration,
      $.flags_declaration,
      $.devices_declaration,
      $.rule,
    )),

    chain_type_declaration: $ => seq(
      'type', field('type', $.identifier),
      'hook', field('hook', $.identifier),
      optional(choice(seq('device', field('device', $._device)), $._devices)),
      'priority', field('priority', $.priority_expression),
    ),

    _device: $ => choice($.identifier, $.string, $.variable),

    _devices: $ => seq('devices', '=', field('devices', choice($.set_expression, $.variable))),

    devices_declaration: $ => $._devices,

    // `0`, `-150`, `filter`, `filter - 10`, `$prio`: a named base plus an optional offset.
    priority_expression: $ => choice(
      seq(optional(field('sign', '-')), field('value', $.number)),
      seq(
        field('base', choice($.identifier, $.variable)),
        optional(seq(field('operator', choice('+', '-')), field('offset', $.number))),
      ),
    ),

    policy_declaration: $ => seq('policy', field('policy', choice($.identifier, $.variable))),

    // ---------------------------------------------------------------- sets, maps, flowtables, objects

    set: $ => seq('set', field('name', $._name), field('body', $.set_body)),

    map: $ => seq('map', field('name', $._name), field('body', $.set_body)),

    set_body: $ => block($, choice(
      $._common_item,
      $.type_declaration,
      $.typeof_declaration,
      $.flags_declaration,
      $.timeout_declaration,
      $.gc_interval_declaration,
      $.size_declaration,
      $.policy_declaration,
      $.auto_merge_declaration,
      $.elements_declaration,
      $.comment_declaration,
      $.stateful_declaration,
    )),

    // Per-element statements a set applies to every element (`counter`, `limit rate 1/second counter`).
    stateful_declaration: $ => repeat1($._stateful_statement),

    _stateful_statement: $ => choice(
      $.counter_statement, $.quota_statement, $.limit_statement, $.connlimit_statement, $.last_statement,
    ),

    type_declaration: $ => seq(
      'type', field('key', $.type_expression),
      optional(seq(':', optional('interval'), field('value', $.type_expression))),
    ),

    type_expression: $ => seq($.identifier, repeat(seq('.', $.identifier))),

    typeof_declaration: $ => seq(
      'typeof', field('key', $._selector_expression),
      optional(seq(':', optional('interval'), field('value', choice($._selector_expression, $.identifier)))),
    ),

    timeout_declaration: $ => seq('timeout', field('value', $._time_value)),

    gc_interval_declaration: $ => seq('gc-interval', field('value', $._time_value)),

    size_declaration: $ => seq('size', field('value', $._number_value)),

    auto_merge_declaration: $ => 'auto-merge',

    elements_declaration: $ => seq('elements', '=', field('elements', choice($.set_expression, $.variable))),

    flowtable: $ => seq('flowtable', field('name', $._name), field('body', $.flowtable_body)),

    flowtable_body: $ => block($, choice(
      $._common_item,
      $.hook_declaration,
      $.devices_declaration,
      $.flags_declaration,
      $.counter_statement,
      $.comment_declaration,
    )),

    hook_declaration: $ => seq(
      'hook', field('hook', $.identifier),
      optional(seq('priority', field('priority', $.priority_expression))),
    ),

    object: $ => seq(field('kind', $.object_kind), field('name', $._name), field('body', $.object_body)),

    object_kind: $ => choice(
      'counter', 'quota', 'limit', 'synproxy', 'secmark',
      seq('ct', choice('helper', 'timeout', 'expectation')),
    ),

    object_body: $ => block($, choice($._common_item, $.comment_declaration, $.object_property)),

    // Object bodies differ per kind (`packets 0 bytes 0`, `type "ftp" protocol tcp`, `25 mbytes`): kept as
    // a flat run of words and values so a new key never breaks the parse.
    object_property: $ => repeat1(choice(
      $.identifier, $.number, $.string, $.time, $.variable, $.set_expression, $.ipv4_address, $.ipv6_address,
      '=', '/', ',', ':',
    )),

    // ---------------------------------------------------------------- rules and statements

    rule: $ => seq(
      repeat1($._statement),
      optional(seq('comment', field('comment', $._string_like))),
    ),

    _statement: $ => choice(
      $.match_expression,
      $.mangle_statement,
      $.vmap_statement,
      $.verdict_statement,
      $.counter_statement,
      $.limit_statement,
      $.quota_statement,
      $.connlimit_statement,
      $.log_statement,
      $.reject_statement,
      $.nat_statement,
      $.tproxy_statement,
      $.synproxy_statement,
      $.queue_statement,
      $.dup_statement,
      $.fwd_statement,
      $.notrack_statement,
      $.flow_statement,
      $.set_statement,
      $.meter_statement,
      $.last_statement,
      $.reset_statement,
    ),

    match_expression: $ => prec.right(seq(
      field('left', $._selector_expression),
      optional(field('operator', $.operator)),
      field('right', choice($._value_expression, $.classid, alias($.classid_range, $.range_expression))),
    )),

    operator: $ => choice(...RELATIONAL),

    mangle_statement: $ => seq(
      field('left', $._selector_expression),
      'set',
      field('right', choice($._expression, $.classid)),
    ),

    vmap_statement: $ => seq(
      field('key', $._selector_expression),
      'vmap',
      field('map', $._map_source),
    ),

    verdict_statement: $ => $._verdict,

    _verdict: $ => choice(
      field('verdict', choice('accept', 'drop', 'continue', 'return')),
      seq(field('verdict', choice('jump', 'goto')), field('chain', choice($._name, $.chain_body))),
    ),

    counter_statement: $ => prec.right(seq('counter', optional(choice(
      seq('name', field('name', $._expression)),
      seq('packets', field('packets', $.number), 'bytes', field('bytes', $.number)),
      seq('bytes', field('bytes', $.number), 'packets', field('packets', $.number)),
    )))),

    limit_statement: $ => prec.right(seq('limit', choice(
      seq('name', field('name', $._expression)),
      seq(
        'rate', optional(field('over', 'over')), field('rate', $.rate),
        optional(seq('burst', field('burst', $.number), optional(field('burst_unit', $.identifier)))),
      ),
    ))),

    rate: $ => seq(
      field('value', $._number_value),
      optional(field('unit', $.identifier)),
      optional(seq('/', field('per', $.identifier))),
    ),

    quota_statement: $ => prec.right(seq('quota', choice(
      seq('name', field('name', $._expression)),
      seq(
        optional(field('mode', choice('over', 'until'))),
        field('value', $._number_value), field('unit', $.identifier),
        optional(seq('used', field('used', $._number_value), field('used_unit', $.identifier))),
      ),
    ))),

    connlimit_statement: $ => seq('ct', 'count', optional(field('over', 'over')), field('count', $._number_value)),

    log_statement: $ => prec.right(seq('log', repeat($.log_option))),

    log_option: $ => choice(
      seq(field('name', 'prefix'), field('value', $._value_term)),
      seq(field('name', choice('level', 'group', 'snaplen', 'queue-threshold')), field('value', $._value_term)),
      seq(field('name', 'flags'), optional(choice('tcp', 'ip')), field('value', commaSep1($.identifier))),
    ),

    reject_statement: $ => prec.right(seq('reject', optional(seq('with', choice(
      seq(field('protocol', choice('icmp', 'icmpv6', 'icmpx')), optional('type'),
        field('type', choice($.identifier, $.number, $.variable))),
      seq(field('protocol', 'tcp'), field('type', alias('reset', $.identifier))),
    ))))),

    nat_statement: $ => prec.right(seq(
      field('kind', choice('snat', 'dnat', 'masquerade', 'redirect')),
      optional(field('family', choice('ip', 'ip6'))),
      optional(field('mapping', choice(seq('addr', '.', 'port'), 'prefix', seq('addr', '.', 'port', '.', 'port')))),
      optional(choice(
        seq('to', $._nat_target),
        seq(field('address', $.map_expression), optional(seq(':', field('port', $._expression)))),
      )),
      optional(field('flags', commaSep1($.identifier))),
    )),

    _nat_target: $ => choice(
      seq(field('address', $._nat_address), optional(seq(':', field('port', $._nat_port)))),
      seq(':', field('port', $._nat_port)),
    ),

    _nat_port: $ => choice($._value_term, $._selector_expression, $.map_expression),

    _nat_address: $ => choice(
      $._expression,
      $._bracketed_ipv6,
      alias($.bracketed_ipv6_range, $.range_expression),
      alias($.bracketed_ipv6_prefix, $.prefix_expression),
    ),

    // `[…]` lets an IPv6 address be followed by `:port`.
    _bracketed_ipv6: $ => seq('[', $.ipv6_address, ']'),

    bracketed_ipv6_range: $ => seq(field('low', $._bracketed_ipv6), '-', field('high', $._bracketed_ipv6)),

    bracketed_ipv6_prefix: $ => seq(field('address', $._bracketed_ipv6), '/', field('length', $.number)),

    tproxy_statement: $ => seq('tproxy', optional(field('family', choice('ip', 'ip6'))), 'to', $._nat_target),

    synproxy_statement: $ => prec.right(seq('synproxy', repeat(choice(
      seq('mss', field('mss', $.number)),
      seq('wscale', field('wscale', $.number)),
      'timestamp',
      'sack-perm',
      seq('name', field('name', $._expression)),
    )))),

    queue_statement: $ => prec.right(seq('queue', repeat(choice(
      seq('num', field('num', $._value_term)),
      seq('to', field('num', $._expression)),
      seq('flags', field('flags', commaSep1($.identifier))),
      field('flag', choice('bypass', 'fanout')),
    )))),

    dup_statement: $ => prec.right(seq(
      'dup', optional(field('family', choice('ip', 'ip6'))), 'to', field('address', $._expression),
      optional(seq('device', field('device', $._expression))),
    )),

    fwd_statement: $ => prec.right(seq(
      'fwd', optional(field('family', choice('ip', 'ip6'))), 'to', field('address', $._expression),
      optional(seq('device', field('device', $._expression))),
    )),

    notrack_statement: $ => 'notrack',

    reset_statement: $ => seq('reset', field('option', $.tcp_option_expression)),

    flow_statement: $ => seq('flow', field('operation', choice('add', 'offload')), field('flowtable', $.set_reference)),

    set_statement: $ => choice(
      seq(
        field('operation', choice('add', 'update', 'delete')), field('set', choice($.set_reference, $.variable)),
        '{', repeat($._newline), field('element', $.dynamic_element), repeat($._newline), '}',
      ),
      seq(
        'set', field('operation', choice('add', 'update', 'delete')), field('element', $.dynamic_element),
        field('set', $.set_reference),
      ),
    ),

    // The element a rule adds to a set: a key built from the packet plus per-element statements.
    dynamic_element: $ => seq(
      field('key', $._expression), repeat($._element_option),
      optional(seq(':', field('value', $._expression))),
    ),

    meter_statement: $ => seq(
      'meter', field('name', $._name), optional(seq('size', field('size', $.number))),
      '{', repeat($._newline), field('element', $.dynamic_element), repeat($._newline), '}',
    ),

    last_statement: $ => prec.right(seq('last', optional(seq('used', field('used', choice('never', $.time)))))),

    // ---------------------------------------------------------------- selectors (what a packet is matched on)

    _expression: $ => choice($._selector_expression, $._value_expression, $.map_expression),

    _selector_expression: $ => choice(
      $._selector_term,
      alias($.selector_concatenation, $.concatenation),
    ),

    selector_concatenation: $ => prec.left(PREC.concat, seq(
      $._selector_term,
      repeat1(seq('.', choice($._selector_term, $.number, $.ipv4_address, $.ipv6_address, $.string, $.variable))),
    )),

    _selector_term: $ => choice(
      $._selector,
      alias($.selector_binary_expression, $.binary_expression),
      alias($.parenthesized_selector, $.parenthesized_expression),
    ),

    parenthesized_selector: $ => seq('(', $._selector_expression, ')'),

    selector_binary_expression: $ => choice(
      ...[['&', 'and', PREC.and], ['|', 'or', PREC.or], ['^', 'xor', PREC.xor], ['<<', 'lshift', PREC.shift],
        ['>>', 'rshift', PREC.shift]].map(([symbol, word, level]) => prec.left(/** @type {number} */(level), seq(
        field('left', $._selector_term),
        field('operator', choice(/** @type {string} */(symbol), /** @type {string} */(word))),
        field('right', $._value_primary),
      ))),
    ),

    _selector: $ => choice(
      $.payload_expression,
      $.inner_expression,
      $.raw_payload_expression,
      $.tcp_option_expression,
      $.ip_option_expression,
      $.sctp_chunk_expression,
      $.meta_expression,
      $.ct_expression,
      $.rt_expression,
      $.ipsec_expression,
      $.fib_expression,
      $.socket_expression,
      $.osf_expression,
      $.numgen_expression,
      $.hash_expression,
    ),

    payload_expression: $ => choice(
      seq(
        field('protocol', choice(...PROTOCOLS)), field('field', $.identifier),
        optional(seq(token.immediate('['), field('index', $.number), ']')),
      ),
      seq(field('protocol', 'arp'), field('field', alias(choice('saddr', 'daddr'), $.identifier)),
        field('subfield', choice('ip', 'ether'))),
    ),

    // Headers inside a tunnel (nft 1.1): `vxlan ip saddr`, `gre tcp dport`.
    inner_expression: $ => seq(
      field('tunnel', choice('vxlan', 'geneve', 'gretap', 'gre')),
      field('payload', choice($.payload_expression, $.meta_expression)),
    ),

    raw_payload_expression: $ => seq(
      field('base', $.raw_base), ',', field('offset', $.number), ',', field('length', $.number),
    ),

    // `tcp option @kind,offset,length`: raw bytes of one option.
    tcp_option_raw: $ => seq(
      '@', field('kind', $.number), ',', field('offset', $.number), ',', field('length', $.number),
    ),

    raw_base: $ => token(prec(2, /@(ll|nh|th|ih)/)),

    tcp_option_expression: $ => prec.right(seq(
      'tcp', 'option',
      field('option', choice($.identifier, $.number, $.raw_payload_expression, alias($.tcp_option_raw, $.raw_payload_expression))),
      optional(field('field', $.identifier)),
    )),

    ip_option_expression: $ => prec.right(seq(
      'ip', 'option', field('option', $.identifier), optional(field('field', $.identifier)),
    )),

    sctp_chunk_expression: $ => prec.right(seq(
      'sctp', 'chunk', field('chunk', $.identifier), optional(field('field', $.identifier)),
    )),

    meta_expression: $ => choice(
      seq('meta', field('key', $.identifier)),
      field('key', alias(choice(...META_SHORT_KEYS), $.identifier)),
    ),

    ct_expression: $ => seq(
      'ct',
      optional(field('direction', choice('original', 'reply'))),
      optional(field('family', choice('ip', 'ip6'))),
      field('key', $.identifier),
    ),

    rt_expression: $ => seq('rt', optional(field('family', choice('ip', 'ip6'))), field('key', $.identifier)),

    ipsec_expression: $ => seq(
      'ipsec', field('direction', choice('in', 'out')),
      optional(seq('spnum', field('spnum', $.number))),
      optional(field('family', choice('ip', 'ip6'))),
      field('key', $.identifier),
    ),

    fib_expression: $ => seq(
      'fib', field('flags', seq($.identifier, repeat(seq('.', $.identifier)))),
      field('result', alias(choice('oif', 'oifname', 'type', 'check'), $.identifier)),
    ),

    socket_expression: $ => prec.right(seq(
      'socket', field('key', $.identifier), optional(seq('level', field('level', $.number))),
    )),

    osf_expression: $ => seq('osf', optional(seq('ttl', field('ttl', $.identifier))), field('key', $.identifier)),

    numgen_expression: $ => prec.right(seq(
      'numgen', field('mode', $.identifier), 'mod', field('modulus', $.number),
      optional(seq('offset', field('offset', $.number))),
    )),

    hash_expression: $ => prec.right(seq(
      field('function', choice('jhash', 'symhash')),
      optional(field('key', $._selector_expression)),
      'mod', field('modulus', $.number),
      optional(seq('seed', field('seed', $.number))),
      optional(seq('offset', field('offset', $.number))),
    )),

    map_expression: $ => seq(field('key', $._selector_expression), 'map', field('map', $._map_source)),

    _map_source: $ => choice($.set_expression, $.set_reference, $.variable),

    // ---------------------------------------------------------------- values

    _value_expression: $ => choice($._value_term, $.list_expression),

    list_expression: $ => prec.left(PREC.list, seq($._value_term, repeat1(seq(',', $._value_term)))),

    _value_term: $ => choice(
      $._value_primary,
      $.concatenation,
      $.range_expression,
      $.prefix_expression,
      $.binary_expression,
    ),

    concatenation: $ => prec.left(PREC.concat, seq($._value_term, repeat1(seq('.', $._value_term)))),

    range_expression: $ => prec.left(PREC.range, seq(field('low', $._value_term), '-', field('high', $._value_term))),

    prefix_expression: $ => prec.left(PREC.prefix, seq(field('address', $._value_term), '/', field('length', $._value_term))),

    binary_expression: $ => choice(
      ...[['&', 'and', PREC.and], ['|', 'or', PREC.or], ['^', 'xor', PREC.xor], ['<<', 'lshift', PREC.shift],
        ['>>', 'rshift', PREC.shift]].map(([symbol, word, level]) => prec.left(/** @type {number} */(level), seq(
        field('left', $._value_term),
        field('operator', choice(/** @type {string} */(symbol), /** @type {string} */(word))),
        field('right', $._value_term),
      ))),
    ),

    _value_primary: $ => choice(
      $.number,
      $.negative_number,
      $.time,
      $.ipv4_address,
      $.ipv6_address,
      $.mac_address,
      $.string,
      $.identifier,
      $.variable,
      $.set_reference,
      $.set_expression,
      $.boolean,
      $.wildcard,
      $.parenthesized_expression,
    ),

    parenthesized_expression: $ => seq('(', $._value_expression, ')'),

    boolean: $ => choice('exists', 'missing'),

    wildcard: $ => '*',

    // `{ … }`: an anonymous set or map. Newlines are allowed anywhere inside; an element ends at a comma, a
    // newline or the closing brace (nft wants commas; accepting a newline keeps half-typed sets readable).
    set_expression: $ => seq(
      '{',
      repeat(choice($._newline, ',', seq($.element, choice(',', $._newline)))),
      optional($.element),
      '}',
    ),

    element: $ => prec.right(seq(
      field('key', $._value_term),
      repeat($._element_option),
      optional(seq(':', field('value', $._map_value), repeat($._element_option))),
    )),

    _map_value: $ => choice($._value_term, $.classid, alias($._verdict_value, $.verdict_expression)),

    _verdict_value: $ => $._verdict,

    _element_option: $ => choice(
      seq('timeout', field('timeout', $._time_value)),
      seq('expires', field('expires', $._time_value)),
      seq('comment', field('comment', $._string_like)),
      $._stateful_statement,
    ),

    // ---------------------------------------------------------------- tokens

    _name: $ => choice($.identifier, $.string, $.variable),

    _string_like: $ => choice($.string, $.variable, $.identifier),

    _time_value: $ => choice($.time, $.number, $.variable),

    _number_value: $ => choice($.number, $.variable),

    // Words start with a letter; `8021q`/`8021ad` are the only names nft knows that start with digits.
    identifier: $ => /([A-Za-z_][A-Za-z0-9_\-]*(\.[A-Za-z0-9_\-]+)*\*?|8021q|8021ad)/,

    variable: $ => /\$[A-Za-z_][A-Za-z0-9_\-]*/,

    set_reference: $ => /@[A-Za-z_][A-Za-z0-9_\-.]*/,

    string: $ => /"([^"\\\n]|\\.)*"/,

    number: $ => choice(/[0-9]+/, /0x[0-9a-fA-F]+/),

    negative_number: $ => seq('-', $.number),

    // tc class handles `major:minor` (meta priority); only where a value follows a map's `:` or `set`.
    classid: $ => /[0-9a-fA-F]+:[0-9a-fA-F]+/,

    classid_range: $ => seq(field('low', $.classid), '-', field('high', $.classid)),

    time: $ => /[0-9]+(ms|d|h|m|s)([0-9]+(ms|d|h|m|s))*/,

    ipv4_address: $ => new RegExp(IPV4),

    ipv6_address: $ => token(choice(
      new RegExp(`(${HEX}:){7}${HEX}`),
      new RegExp(`(${HEX}(:${HEX}){0,6})?::(${HEX}(:${HEX}){0,6})?`),
      new RegExp(`(${HEX}:){6}${IPV4}`),
      new RegExp(`(${HEX}(:${HEX}){0,4})?::(${HEX}:){0,4}${IPV4}`),
    )),

    mac_address: $ => /[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}/,

    comment: $ => token(seq('#', /.*/)),

    _line_continuation: $ => /\\\r?\n/,

    _newline: $ => /\n/,
  },
});

/** `{` items separated by newlines or `;` `}` — the shape of every nft block. */
function block($, item) {
  return seq('{', repeat(choice($._separator, seq(item, $._separator))), optional(item), '}');
}

/** One or more rules separated by commas. */
function commaSep1(rule) {
  return seq(rule, repeat(seq(',', rule)));
}
