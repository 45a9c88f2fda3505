/**
 * @file iptables-save / iptables-restore files (IPv4 and IPv6 share one syntax).
 * @license MIT
 *
 * The format is line based: a table block opens with `*name`, holds chain declarations (`:NAME POLICY [p:b]`)
 * and commands (`-A CHAIN …`), and closes with `COMMIT`. A rule is a flat, ordered list of options; the grammar
 * does not know which module owns an option (that is the catalog's job), it only marks where match modules
 * (`-m NAME`) and the target (`-j NAME` / `-g NAME`) are loaded, because later options depend on them.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

const RULE_COMMANDS = [
  '-A', '--append',
  '-I', '--insert',
  '-D', '--delete',
  '-R', '--replace',
  '-C', '--check',
];

const CHAIN_COMMANDS = {
  create: ['-N', '--new-chain', '--new'],
  remove: ['-X', '--delete-chain'],
  flush: ['-F', '--flush'],
  zero: ['-Z', '--zero'],
  list: ['-L', '--list', '-S', '--list-rules'],
  policy: ['-P', '--policy'],
  rename: ['-E', '--rename-chain'],
};

module.exports = grammar({
  name: 'iptables',

  // `\r` is whitespace so CRLF files parse like LF files. Comments are whole lines only: iptables-restore takes a
  // `#` inside a rule as an argument (`--comment #x` is valid), so comments cannot be extras.
  extras: _ => [/[ \t\r\f\v]/],

  // After an option name, `!` is either its old-style negation (`--dport ! 22`) or the new-style negation of
  // the next option (`--syn ! --dport 22`); one more token decides.
  conflicts: $ => [[$.option]],

  // A line ends with a newline or the end of the file (the last line may lack its newline); an external scanner
  // is the only way to see the end of the file.
  // COMMIT is scanned there too: it only counts when it is alone on its line, so a mangled `COMMIT…` line stays an
  // error inside the table instead of closing it and orphaning every rule after it.
  // `_error_rest` never appears in a rule: the scanner only returns it during error recovery (when every token
  // is asked for) and it swallows the rest of the bad line as one token, so recovery resumes at the next line
  // instead of skipping a bad line character by character (costly enough to make a parser give up on the file).
  externals: $ => [$._file_end, $.commit, $._error_rest],

  rules: {
    source_file: $ => repeat(choice($.table, seq($.comment, $._end_of_line), $._line_end)),

    // Blank lines after the last line of a table without COMMIT stay in the table (greedy).
    table: $ => prec.right(seq(
      '*',
      field('name', alias(token.immediate(/[^\s]+/), $.table_name)),
      $._end_of_line,
      repeat(choice(seq($._table_line, $._end_of_line), $._line_end)),
      optional(field('commit', $.commit)),
    )),

    _table_line: $ => choice($.chain_declaration, $.rule, $.chain_command, $.comment),

    // :NAME POLICY [packets:bytes]; user chains use `-` as policy.
    chain_declaration: $ => seq(
      ':',
      field('name', alias(token.immediate(/[^\s]+/), $.chain_name)),
      optional(choice(
        seq(
          field('policy', $.policy),
          // The nf_tables restore ignores malformed counters here (`:FORWARD ACCEPT bar`), so a word is kept too.
          optional(field('counters', choice($.counters, alias(/[^\s\[]\S*/, $.word)))),
        ),
        field('counters', $.counters),
      )),
    ),

    policy: _ => choice('-', /[A-Za-z][A-Za-z0-9_]*/),

    counters: $ => seq(
      '[',
      field('packets', $.number),
      ':',
      field('bytes', $.number),
      ']',
    ),

    // -A/-I/-D/-R/-C CHAIN [position] options…; iptables-restore also takes options before the command
    // (`-4 -A …`, `-6 -A …` in files shared by both families).
    rule: $ => seq(
      optional(field('counters', $.counters)),
      repeat($.option),
      field('command', alias(choice(...RULE_COMMANDS), $.command_name)),
      field('chain', $.chain_name),
      optional(field('position', $.number)),
      repeat($._rule_item),
    ),

    // Chain-level commands without a rule specification.
    chain_command: $ => choice(
      seq(field('command', commandName($, CHAIN_COMMANDS.create)), field('chain', $.chain_name)),
      seq(
        field('command', commandName($, [...CHAIN_COMMANDS.remove, ...CHAIN_COMMANDS.flush, ...CHAIN_COMMANDS.list])),
        optional(field('chain', $.chain_name)),
      ),
      seq(
        field('command', commandName($, CHAIN_COMMANDS.zero)),
        optional(seq(field('chain', $.chain_name), optional(field('position', $.number)))),
      ),
      seq(
        field('command', commandName($, CHAIN_COMMANDS.policy)),
        field('chain', $.chain_name),
        field('policy', $.policy),
        optional(field('counters', $.counters)),
      ),
      seq(
        field('command', commandName($, CHAIN_COMMANDS.rename)),
        field('chain', $.chain_name),
        field('new_name', $.chain_name),
      ),
    ),

    // `!` before -m/-j/-g is invalid, but accepting it keeps `! -j X` a target (rather than an option named `-j`)
    // so analysis can report it precisely.
    _rule_item: $ => choice($.match, $.target, $.option),

    // -m NAME: loads a match module; the options after it may belong to it.
    match: $ => seq(
      optional(field('negation', $.negation)),
      field('flag', alias(choice('-m', '--match'), $.flag)),
      field('module', alias($._word, $.module_name)),
    ),

    // -j NAME (jump) or -g NAME (goto): the rule's target; the options after it belong to the target.
    target: $ => seq(
      optional(field('negation', $.negation)),
      field('flag', alias(choice('-j', '--jump', '-g', '--goto'), $.flag)),
      field('name', alias($._word, $.target_name)),
    ),

    // Any other option: new-style `! --name args` or old-style `--name ! args`.
    option: $ => seq(
      optional(field('negation', $.negation)),
      field('name', $.option_name),
      choice(
        repeat(field('argument', $._argument)),
        seq(field('negation', $.negation), repeat1(field('argument', $._argument))),
        // getopt's `--dport=22` form.
        seq(
          token.immediate(prec(1, '=')),
          field('argument', alias(token.immediate(/[^\s=][^\s]*/), $.word)),
          repeat(field('argument', $._argument)),
        ),
      ),
    ),

    negation: _ => '!',

    option_name: _ => token(/--?[A-Za-z0-9][A-Za-z0-9_-]*/),

    _argument: $ => choice($.word, $.string),

    // One whitespace-separated argument: addresses, prefixes, masks, ranges, lists, marks, wildcards, MACs…
    // Its shape is checked later against the option's value type, so the grammar keeps it whole.
    word: $ => $._word,

    string: $ => choice(
      seq('"', repeat(choice(alias(token.immediate(prec(1, /[^"\\\n]+/)), $.string_content), $.escape_sequence)),
        token.immediate('"')),
      seq('\'', optional(alias(token.immediate(prec(1, /[^'\n]+/)), $.string_content)), token.immediate('\'')),
    ),

    escape_sequence: _ => token.immediate(/\\./),

    chain_name: $ => $._word,

    number: _ => /[0-9]+/,

    comment: _ => /#[^\r\n]*/,

    _word: _ => /[^\s"'!\-][^\s]*/,

    _end_of_line: $ => choice($._line_end, $._file_end),

    _line_end: _ => /\n/,
  },
});

/**
 * Aliases a list of spellings of one command to the shared `command_name` node.
 * @param {GrammarSymbols<string>} $
 * @param {string[]} spellings
 */
function commandName($, spellings) {
  return alias(choice(...spellings), $.command_name);
}
