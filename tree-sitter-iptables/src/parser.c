#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 113
#define LARGE_STATE_COUNT 5
#define SYMBOL_COUNT 79
#define ALIAS_COUNT 3
#define TOKEN_COUNT 56
#define EXTERNAL_TOKEN_COUNT 2
#define FIELD_COUNT 14
#define MAX_ALIAS_SEQUENCE_LENGTH 6
#define PRODUCTION_ID_COUNT 31

enum ts_symbol_identifiers {
  anon_sym_STAR = 1,
  aux_sym_table_token1 = 2,
  sym_commit = 3,
  anon_sym_COLON = 4,
  anon_sym_DASH = 5,
  aux_sym_policy_token1 = 6,
  anon_sym_LBRACK = 7,
  anon_sym_RBRACK = 8,
  anon_sym_DASHA = 9,
  anon_sym_DASH_DASHappend = 10,
  anon_sym_DASHI = 11,
  anon_sym_DASH_DASHinsert = 12,
  anon_sym_DASHD = 13,
  anon_sym_DASH_DASHdelete = 14,
  anon_sym_DASHR = 15,
  anon_sym_DASH_DASHreplace = 16,
  anon_sym_DASHC = 17,
  anon_sym_DASH_DASHcheck = 18,
  anon_sym_DASHN = 19,
  anon_sym_DASH_DASHnew_DASHchain = 20,
  anon_sym_DASH_DASHnew = 21,
  anon_sym_DASHX = 22,
  anon_sym_DASH_DASHdelete_DASHchain = 23,
  anon_sym_DASHF = 24,
  anon_sym_DASH_DASHflush = 25,
  anon_sym_DASHL = 26,
  anon_sym_DASH_DASHlist = 27,
  anon_sym_DASHS = 28,
  anon_sym_DASH_DASHlist_DASHrules = 29,
  anon_sym_DASHZ = 30,
  anon_sym_DASH_DASHzero = 31,
  anon_sym_DASHP = 32,
  anon_sym_DASH_DASHpolicy = 33,
  anon_sym_DASHE = 34,
  anon_sym_DASH_DASHrename_DASHchain = 35,
  anon_sym_DASHm = 36,
  anon_sym_DASH_DASHmatch = 37,
  anon_sym_DASHj = 38,
  anon_sym_DASH_DASHjump = 39,
  anon_sym_DASHg = 40,
  anon_sym_DASH_DASHgoto = 41,
  sym_negation = 42,
  sym_option_name = 43,
  anon_sym_DQUOTE = 44,
  aux_sym_string_token1 = 45,
  anon_sym_DQUOTE2 = 46,
  anon_sym_SQUOTE = 47,
  aux_sym_string_token2 = 48,
  anon_sym_SQUOTE2 = 49,
  sym_escape_sequence = 50,
  sym_number = 51,
  sym_comment = 52,
  sym__word = 53,
  sym__line_end = 54,
  sym__file_end = 55,
  sym_source_file = 56,
  sym_table = 57,
  sym__table_line = 58,
  sym_chain_declaration = 59,
  sym_policy = 60,
  sym_counters = 61,
  sym_rule = 62,
  sym_chain_command = 63,
  sym__rule_item = 64,
  sym_match = 65,
  sym_target = 66,
  sym_option = 67,
  sym__argument = 68,
  sym_word = 69,
  sym_string = 70,
  sym_chain_name = 71,
  sym__end_of_line = 72,
  aux_sym_source_file_repeat1 = 73,
  aux_sym_table_repeat1 = 74,
  aux_sym_rule_repeat1 = 75,
  aux_sym_rule_repeat2 = 76,
  aux_sym_option_repeat1 = 77,
  aux_sym_string_repeat1 = 78,
  alias_sym_module_name = 79,
  alias_sym_table_name = 80,
  alias_sym_target_name = 81,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_STAR] = "*",
  [aux_sym_table_token1] = "chain_name",
  [sym_commit] = "commit",
  [anon_sym_COLON] = ":",
  [anon_sym_DASH] = "-",
  [aux_sym_policy_token1] = "policy_token1",
  [anon_sym_LBRACK] = "[",
  [anon_sym_RBRACK] = "]",
  [anon_sym_DASHA] = "command_name",
  [anon_sym_DASH_DASHappend] = "command_name",
  [anon_sym_DASHI] = "command_name",
  [anon_sym_DASH_DASHinsert] = "command_name",
  [anon_sym_DASHD] = "command_name",
  [anon_sym_DASH_DASHdelete] = "command_name",
  [anon_sym_DASHR] = "command_name",
  [anon_sym_DASH_DASHreplace] = "command_name",
  [anon_sym_DASHC] = "command_name",
  [anon_sym_DASH_DASHcheck] = "command_name",
  [anon_sym_DASHN] = "command_name",
  [anon_sym_DASH_DASHnew_DASHchain] = "command_name",
  [anon_sym_DASH_DASHnew] = "command_name",
  [anon_sym_DASHX] = "command_name",
  [anon_sym_DASH_DASHdelete_DASHchain] = "command_name",
  [anon_sym_DASHF] = "command_name",
  [anon_sym_DASH_DASHflush] = "command_name",
  [anon_sym_DASHL] = "command_name",
  [anon_sym_DASH_DASHlist] = "command_name",
  [anon_sym_DASHS] = "command_name",
  [anon_sym_DASH_DASHlist_DASHrules] = "command_name",
  [anon_sym_DASHZ] = "command_name",
  [anon_sym_DASH_DASHzero] = "command_name",
  [anon_sym_DASHP] = "command_name",
  [anon_sym_DASH_DASHpolicy] = "command_name",
  [anon_sym_DASHE] = "command_name",
  [anon_sym_DASH_DASHrename_DASHchain] = "command_name",
  [anon_sym_DASHm] = "flag",
  [anon_sym_DASH_DASHmatch] = "flag",
  [anon_sym_DASHj] = "flag",
  [anon_sym_DASH_DASHjump] = "flag",
  [anon_sym_DASHg] = "flag",
  [anon_sym_DASH_DASHgoto] = "flag",
  [sym_negation] = "negation",
  [sym_option_name] = "option_name",
  [anon_sym_DQUOTE] = "\"",
  [aux_sym_string_token1] = "string_content",
  [anon_sym_DQUOTE2] = "\"",
  [anon_sym_SQUOTE] = "'",
  [aux_sym_string_token2] = "string_content",
  [anon_sym_SQUOTE2] = "'",
  [sym_escape_sequence] = "escape_sequence",
  [sym_number] = "number",
  [sym_comment] = "comment",
  [sym__word] = "_word",
  [sym__line_end] = "_line_end",
  [sym__file_end] = "_file_end",
  [sym_source_file] = "source_file",
  [sym_table] = "table",
  [sym__table_line] = "_table_line",
  [sym_chain_declaration] = "chain_declaration",
  [sym_policy] = "policy",
  [sym_counters] = "counters",
  [sym_rule] = "rule",
  [sym_chain_command] = "chain_command",
  [sym__rule_item] = "_rule_item",
  [sym_match] = "match",
  [sym_target] = "target",
  [sym_option] = "option",
  [sym__argument] = "_argument",
  [sym_word] = "word",
  [sym_string] = "string",
  [sym_chain_name] = "chain_name",
  [sym__end_of_line] = "_end_of_line",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_table_repeat1] = "table_repeat1",
  [aux_sym_rule_repeat1] = "rule_repeat1",
  [aux_sym_rule_repeat2] = "rule_repeat2",
  [aux_sym_option_repeat1] = "option_repeat1",
  [aux_sym_string_repeat1] = "string_repeat1",
  [alias_sym_module_name] = "module_name",
  [alias_sym_table_name] = "table_name",
  [alias_sym_target_name] = "target_name",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_STAR] = anon_sym_STAR,
  [aux_sym_table_token1] = sym_chain_name,
  [sym_commit] = sym_commit,
  [anon_sym_COLON] = anon_sym_COLON,
  [anon_sym_DASH] = anon_sym_DASH,
  [aux_sym_policy_token1] = aux_sym_policy_token1,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [anon_sym_DASHA] = anon_sym_DASHA,
  [anon_sym_DASH_DASHappend] = anon_sym_DASHA,
  [anon_sym_DASHI] = anon_sym_DASHA,
  [anon_sym_DASH_DASHinsert] = anon_sym_DASHA,
  [anon_sym_DASHD] = anon_sym_DASHA,
  [anon_sym_DASH_DASHdelete] = anon_sym_DASHA,
  [anon_sym_DASHR] = anon_sym_DASHA,
  [anon_sym_DASH_DASHreplace] = anon_sym_DASHA,
  [anon_sym_DASHC] = anon_sym_DASHA,
  [anon_sym_DASH_DASHcheck] = anon_sym_DASHA,
  [anon_sym_DASHN] = anon_sym_DASHA,
  [anon_sym_DASH_DASHnew_DASHchain] = anon_sym_DASHA,
  [anon_sym_DASH_DASHnew] = anon_sym_DASHA,
  [anon_sym_DASHX] = anon_sym_DASHA,
  [anon_sym_DASH_DASHdelete_DASHchain] = anon_sym_DASHA,
  [anon_sym_DASHF] = anon_sym_DASHA,
  [anon_sym_DASH_DASHflush] = anon_sym_DASHA,
  [anon_sym_DASHL] = anon_sym_DASHA,
  [anon_sym_DASH_DASHlist] = anon_sym_DASHA,
  [anon_sym_DASHS] = anon_sym_DASHA,
  [anon_sym_DASH_DASHlist_DASHrules] = anon_sym_DASHA,
  [anon_sym_DASHZ] = anon_sym_DASHA,
  [anon_sym_DASH_DASHzero] = anon_sym_DASHA,
  [anon_sym_DASHP] = anon_sym_DASHA,
  [anon_sym_DASH_DASHpolicy] = anon_sym_DASHA,
  [anon_sym_DASHE] = anon_sym_DASHA,
  [anon_sym_DASH_DASHrename_DASHchain] = anon_sym_DASHA,
  [anon_sym_DASHm] = anon_sym_DASHm,
  [anon_sym_DASH_DASHmatch] = anon_sym_DASHm,
  [anon_sym_DASHj] = anon_sym_DASHm,
  [anon_sym_DASH_DASHjump] = anon_sym_DASHm,
  [anon_sym_DASHg] = anon_sym_DASHm,
  [anon_sym_DASH_DASHgoto] = anon_sym_DASHm,
  [sym_negation] = sym_negation,
  [sym_option_name] = sym_option_name,
  [anon_sym_DQUOTE] = anon_sym_DQUOTE,
  [aux_sym_string_token1] = aux_sym_string_token1,
  [anon_sym_DQUOTE2] = anon_sym_DQUOTE,
  [anon_sym_SQUOTE] = anon_sym_SQUOTE,
  [aux_sym_string_token2] = aux_sym_string_token1,
  [anon_sym_SQUOTE2] = anon_sym_SQUOTE,
  [sym_escape_sequence] = sym_escape_sequence,
  [sym_number] = sym_number,
  [sym_comment] = sym_comment,
  [sym__word] = sym__word,
  [sym__line_end] = sym__line_end,
  [sym__file_end] = sym__file_end,
  [sym_source_file] = sym_source_file,
  [sym_table] = sym_table,
  [sym__table_line] = sym__table_line,
  [sym_chain_declaration] = sym_chain_declaration,
  [sym_policy] = sym_policy,
  [sym_counters] = sym_counters,
  [sym_rule] = sym_rule,
  [sym_chain_command] = sym_chain_command,
  [sym__rule_item] = sym__rule_item,
  [sym_match] = sym_match,
  [sym_target] = sym_target,
  [sym_option] = sym_option,
  [sym__argument] = sym__argument,
  [sym_word] = sym_word,
  [sym_string] = sym_string,
  [sym_chain_name] = sym_chain_name,
  [sym__end_of_line] = sym__end_of_line,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_table_repeat1] = aux_sym_table_repeat1,
  [aux_sym_rule_repeat1] = aux_sym_rule_repeat1,
  [aux_sym_rule_repeat2] = aux_sym_rule_repeat2,
  [aux_sym_option_repeat1] = aux_sym_option_repeat1,
  [aux_sym_string_repeat1] = aux_sym_string_repeat1,
  [alias_sym_module_name] = alias_sym_module_name,
  [alias_sym_table_name] = alias_sym_table_name,
  [alias_sym_target_name] = alias_sym_target_name,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_STAR] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_table_token1] = {
    .visible = true,
    .named = true,
  },
  [sym_commit] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_policy_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_LBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASHA] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHappend] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHI] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHinsert] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHD] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHdelete] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHR] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHreplace] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHC] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHcheck] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHN] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHnew_DASHchain] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHnew] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHX] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHdelete_DASHchain] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHF] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHflush] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHL] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHlist] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHS] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHlist_DASHrules] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHZ] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHzero] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHP] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHpolicy] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHrename_DASHchain] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHm] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHmatch] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHj] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHjump] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHg] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHgoto] = {
    .visible = true,
    .named = true,
  },
  [sym_negation] = {
    .visible = true,
    .named = true,
  },
  [sym_option_name] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTE] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_string_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SQUOTE] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_string_token2] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [sym_escape_sequence] = {
    .visible = true,
    .named = true,
  },
  [sym_number] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym__word] = {
    .visible = false,
    .named = true,
  },
  [sym__line_end] = {
    .visible = false,
    .named = true,
  },
  [sym__file_end] = {
    .visible = false,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym_table] = {
    .visible = true,
    .named = true,
  },
  [sym__table_line] = {
    .visible = false,
    .named = true,
  },
  [sym_chain_declaration] = {
    .visible = true,
    .named = true,
  },
  [sym_policy] = {
    .visible = true,
    .named = true,
  },
  [sym_counters] = {
    .visible = true,
    .named = true,
  },
  [sym_rule] = {
    .visible = true,
    .named = true,
  },
  [sym_chain_command] = {
    .visible = true,
    .named = true,
  },
  [sym__rule_item] = {
    .visible = false,
    .named = true,
  },
  [sym_match] = {
    .visible = true,
    .named = true,
  },
  [sym_target] = {
    .visible = true,
    .named = true,
  },
  [sym_option] = {
    .visible = true,
    .named = true,
  },
  [sym__argument] = {
    .visible = false,
    .named = true,
  },
  [sym_word] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym_chain_name] = {
    .visible = true,
    .named = true,
  },
  [sym__end_of_line] = {
    .visible = false,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_table_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_rule_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_rule_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_option_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_module_name] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_table_name] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_target_name] = {
    .visible = true,
    .named = true,
  },
};

enum ts_field_identifiers {
  field_argument = 1,
  field_bytes = 2,
  field_chain = 3,
  field_command = 4,
  field_commit = 5,
  field_counters = 6,
  field_flag = 7,
  field_module = 8,
  field_name = 9,
  field_negation = 10,
  field_new_name = 11,
  field_packets = 12,
  field_policy = 13,
  field_position = 14,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_bytes] = "bytes",
  [field_chain] = "chain",
  [field_command] = "command",
  [field_commit] = "commit",
  [field_counters] = "counters",
  [field_flag] = "flag",
  [field_module] = "module",
  [field_name] = "name",
  [field_negation] = "negation",
  [field_new_name] = "new_name",
  [field_packets] = "packets",
  [field_policy] = "policy",
  [field_position] = "position",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 2},
  [3] = {.index = 3, .length = 1},
  [4] = {.index = 4, .length = 1},
  [5] = {.index = 0, .length = 1},
  [6] = {.index = 5, .length = 2},
  [7] = {.index = 7, .length = 2},
  [8] = {.index = 9, .length = 1},
  [9] = {.index = 10, .length = 2},
  [10] = {.index = 12, .length = 2},
  [11] = {.index = 14, .length = 2},
  [12] = {.index = 16, .length = 2},
  [13] = {.index = 18, .length = 3},
  [14] = {.index = 21, .length = 3},
  [15] = {.index = 24, .length = 3},
  [16] = {.index = 27, .length = 3},
  [17] = {.index = 30, .length = 3},
  [18] = {.index = 33, .length = 2},
  [19] = {.index = 35, .length = 3},
  [20] = {.index = 38, .length = 2},
  [21] = {.index = 40, .length = 3},
  [22] = {.index = 43, .length = 2},
  [23] = {.index = 45, .length = 2},
  [24] = {.index = 47, .length = 4},
  [25] = {.index = 51, .length = 4},
  [26] = {.index = 55, .length = 4},
  [27] = {.index = 59, .length = 3},
  [28] = {.index = 62, .length = 3},
  [29] = {.index = 65, .length = 2},
  [30] = {.index = 67, .length = 4},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_name, 1},
  [1] =
    {field_commit, 3},
    {field_name, 1},
  [3] =
    {field_command, 0},
  [4] =
    {field_name, 0},
  [5] =
    {field_chain, 1},
    {field_command, 0},
  [7] =
    {field_name, 1},
    {field_negation, 0},
  [9] =
    {field_argument, 0},
  [10] =
    {field_argument, 1, .inherited = true},
    {field_name, 0},
  [12] =
    {field_commit, 4},
    {field_name, 1},
  [14] =
    {field_name, 1},
    {field_policy, 2},
  [16] =
    {field_counters, 2},
    {field_name, 1},
  [18] =
    {field_chain, 1},
    {field_command, 0},
    {field_position, 2},
  [21] =
    {field_chain, 1},
    {field_command, 0},
    {field_policy, 2},
  [24] =
    {field_chain, 1},
    {field_command, 0},
    {field_new_name, 2},
  [27] =
    {field_argument, 2, .inherited = true},
    {field_name, 1},
    {field_negation, 0},
  [30] =
    {field_argument, 2, .inherited = true},
    {field_name, 0},
    {field_negation, 1},
  [33] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [35] =
    {field_chain, 2},
    {field_command, 1},
    {field_counters, 0},
  [38] =
    {field_chain, 2},
    {field_command, 1},
  [40] =
    {field_counters, 3},
    {field_name, 1},
    {field_policy, 2},
  [43] =
    {field_flag, 0},
    {field_module, 1},
  [45] =
    {field_flag, 0},
    {field_name, 1},
  [47] =
    {field_chain, 1},
    {field_command, 0},
    {field_counters, 3},
    {field_policy, 2},
  [51] =
    {field_argument, 3, .inherited = true},
    {field_name, 1},
    {field_negation, 0},
    {field_negation, 2},
  [55] =
    {field_chain, 2},
    {field_command, 1},
    {field_counters, 0},
    {field_position, 3},
  [59] =
    {field_chain, 3},
    {field_command, 2},
    {field_counters, 0},
  [62] =
    {field_chain, 2},
    {field_command, 1},
    {field_position, 3},
  [65] =
    {field_bytes, 3},
    {field_packets, 1},
  [67] =
    {field_chain, 3},
    {field_command, 2},
    {field_counters, 0},
    {field_position, 4},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [1] = {
    [1] = alias_sym_table_name,
  },
  [2] = {
    [1] = alias_sym_table_name,
  },
  [10] = {
    [1] = alias_sym_table_name,
  },
  [22] = {
    [1] = alias_sym_module_name,
  },
  [23] = {
    [1] = alias_sym_target_name,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 8,
  [14] = 7,
  [15] = 6,
  [16] = 9,
  [17] = 10,
  [18] = 11,
  [19] = 12,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 25,
  [46] = 39,
  [47] = 24,
  [48] = 28,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 54,
  [57] = 55,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 63,
  [69] = 61,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 67,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 50,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 49,
  [91] = 91,
  [92] = 92,
  [93] = 92,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 50,
  [103] = 101,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 107,
  [109] = 106,
  [110] = 104,
  [111] = 99,
  [112] = 98,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(105);
      ADVANCE_MAP(
        '!', 174,
        '"', 262,
        '#', 269,
        '\'', 266,
        '*', 106,
        '-', 112,
        ':', 110,
        'C', 116,
        '[', 120,
        '\\', 101,
        ']', 122,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(102);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      END_STATE();
    case 1:
      if (lookahead == '!') ADVANCE(174);
      if (lookahead == '"') ADVANCE(259);
      if (lookahead == '#') ADVANCE(269);
      if (lookahead == '\'') ADVANCE(263);
      if (lookahead == '-') ADVANCE(12);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(270);
      END_STATE();
    case 2:
      if (lookahead == '!') ADVANCE(174);
      if (lookahead == '"') ADVANCE(259);
      if (lookahead == '#') ADVANCE(269);
      if (lookahead == '\'') ADVANCE(263);
      if (lookahead == '-') ADVANCE(13);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(2);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(270);
      END_STATE();
    case 3:
      if (lookahead == '!') ADVANCE(174);
      if (lookahead == '#') ADVANCE(269);
      if (lookahead == '-') ADVANCE(13);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(3);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 4:
      if (lookahead == '"') ADVANCE(262);
      if (lookahead == '#') ADVANCE(261);
      if (lookahead == '\\') ADVANCE(101);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(260);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(261);
      END_STATE();
    case 5:
      if (lookahead == '#') ADVANCE(269);
      if (lookahead == '-') ADVANCE(111);
      if (lookahead == '[') ADVANCE(121);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(5);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(119);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '\'') ADVANCE(270);
      END_STATE();
    case 6:
      if (lookahead == '#') ADVANCE(269);
      if (lookahead == '-') ADVANCE(111);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(6);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      END_STATE();
    case 7:
      if (lookahead == '#') ADVANCE(269);
      if (lookahead == '-') ADVANCE(14);
      if (lookahead == '[') ADVANCE(121);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(7);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ' ' || '#' < lookahead) &&
          lookahead != '\'') ADVANCE(270);
      END_STATE();
    case 8:
      if (lookahead == '#') ADVANCE(269);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(8);
      END_STATE();
    case 9:
      if (lookahead == '#') ADVANCE(265);
      if (lookahead == '\'') ADVANCE(266);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(264);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(265);
      END_STATE();
    case 10:
      if (lookahead == '#') ADVANCE(107);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(8);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(107);
      END_STATE();
    case 11:
      ADVANCE_MAP(
        '-', 22,
        'A', 123,
        'C', 136,
        'D', 129,
        'E', 162,
        'F', 147,
        'I', 126,
        'L', 150,
        'N', 139,
        'P', 159,
        'R', 133,
        'S', 153,
        'X', 144,
        'Z', 156,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Y') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 12:
      if (lookahead == '-') ADVANCE(23);
      if (lookahead == 'A') ADVANCE(123);
      if (lookahead == 'C') ADVANCE(136);
      if (lookahead == 'D') ADVANCE(129);
      if (lookahead == 'I') ADVANCE(126);
      if (lookahead == 'R') ADVANCE(133);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 13:
      if (lookahead == '-') ADVANCE(50);
      if (lookahead == 'g') ADVANCE(171);
      if (lookahead == 'j') ADVANCE(168);
      if (lookahead == 'm') ADVANCE(165);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 14:
      if (lookahead == '-') ADVANCE(100);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 15:
      if (lookahead == '-') ADVANCE(36);
      END_STATE();
    case 16:
      if (lookahead == 'I') ADVANCE(20);
      END_STATE();
    case 17:
      if (lookahead == 'M') ADVANCE(16);
      END_STATE();
    case 18:
      if (lookahead == 'M') ADVANCE(17);
      END_STATE();
    case 19:
      if (lookahead == 'O') ADVANCE(18);
      END_STATE();
    case 20:
      if (lookahead == 'T') ADVANCE(108);
      END_STATE();
    case 21:
      ADVANCE_MAP(
        'a', 81,
        'c', 54,
        'd', 45,
        'f', 63,
        'g', 76,
        'i', 70,
        'j', 95,
        'l', 57,
        'm', 24,
        'n', 38,
        'p', 79,
        'r', 39,
        'z', 40,
      );
      END_STATE();
    case 22:
      ADVANCE_MAP(
        'a', 237,
        'c', 210,
        'd', 198,
        'f', 218,
        'i', 226,
        'l', 212,
        'n', 190,
        'p', 234,
        'r', 191,
        'z', 192,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'y')) ADVANCE(258);
      END_STATE();
    case 23:
      if (lookahead == 'a') ADVANCE(237);
      if (lookahead == 'c') ADVANCE(210);
      if (lookahead == 'd') ADVANCE(205);
      if (lookahead == 'i') ADVANCE(226);
      if (lookahead == 'r') ADVANCE(202);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 24:
      if (lookahead == 'a') ADVANCE(92);
      END_STATE();
    case 25:
      if (lookahead == 'a') ADVANCE(69);
      END_STATE();
    case 26:
      if (lookahead == 'a') ADVANCE(58);
      END_STATE();
    case 27:
      if (lookahead == 'a') ADVANCE(60);
      END_STATE();
    case 28:
      if (lookahead == 'a') ADVANCE(34);
      END_STATE();
    case 29:
      if (lookahead == 'a') ADVANCE(61);
      END_STATE();
    case 30:
      if (lookahead == 'c') ADVANCE(62);
      END_STATE();
    case 31:
      if (lookahead == 'c') ADVANCE(99);
      END_STATE();
    case 32:
      if (lookahead == 'c') ADVANCE(52);
      END_STATE();
    case 33:
      if (lookahead == 'c') ADVANCE(53);
      END_STATE();
    case 34:
      if (lookahead == 'c') ADVANCE(44);
      END_STATE();
    case 35:
      if (lookahead == 'c') ADVANCE(55);
      END_STATE();
    case 36:
      if (lookahead == 'c') ADVANCE(56);
      END_STATE();
    case 37:
      if (lookahead == 'd') ADVANCE(124);
      END_STATE();
    case 38:
      if (lookahead == 'e') ADVANCE(98);
      END_STATE();
    case 39:
      if (lookahead == 'e') ADVANCE(75);
      END_STATE();
    case 40:
      if (lookahead == 'e') ADVANCE(84);
      END_STATE();
    case 41:
      if (lookahead == 'e') ADVANCE(30);
      END_STATE();
    case 42:
      if (lookahead == 'e') ADVANCE(130);
      END_STATE();
    case 43:
      if (lookahead == 'e') ADVANCE(15);
      END_STATE();
    case 44:
      if (lookahead == 'e') ADVANCE(134);
      END_STATE();
    case 45:
      if (lookahead == 'e') ADVANCE(66);
      END_STATE();
    case 46:
      if (lookahead == 'e') ADVANCE(71);
      END_STATE();
    case 47:
      if (lookahead == 'e') ADVANCE(85);
      END_STATE();
    case 48:
      if (lookahead == 'e') ADVANCE(94);
      END_STATE();
    case 49:
      if (lookahead == 'e') ADVANCE(86);
      END_STATE();
    case 50:
      if (lookahead == 'g') ADVANCE(235);
      if (lookahead == 'j') ADVANCE(253);
      if (lookahead == 'm') ADVANCE(181);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 51:
      if (lookahead == 'h') ADVANCE(148);
      END_STATE();
    case 52:
      if (lookahead == 'h') ADVANCE(166);
      END_STATE();
    case 53:
      if (lookahead == 'h') ADVANCE(26);
      END_STATE();
    case 54:
      if (lookahead == 'h') ADVANCE(41);
      END_STATE();
    case 55:
      if (lookahead == 'h') ADVANCE(27);
      END_STATE();
    case 56:
      if (lookahead == 'h') ADVANCE(29);
      END_STATE();
    case 57:
      if (lookahead == 'i') ADVANCE(88);
      END_STATE();
    case 58:
      if (lookahead == 'i') ADVANCE(72);
      END_STATE();
    case 59:
      if (lookahead == 'i') ADVANCE(31);
      END_STATE();
    case 60:
      if (lookahead == 'i') ADVANCE(73);
      END_STATE();
    case 61:
      if (lookahead == 'i') ADVANCE(74);
      END_STATE();
    case 62:
      if (lookahead == 'k') ADVANCE(137);
      END_STATE();
    case 63:
      if (lookahead == 'l') ADVANCE(96);
      END_STATE();
    case 64:
      if (lookahead == 'l') ADVANCE(59);
      END_STATE();
    case 65:
      if (lookahead == 'l') ADVANCE(28);
      END_STATE();
    case 66:
      if (lookahead == 'l') ADVANCE(48);
      END_STATE();
    case 67:
      if (lookahead == 'l') ADVANCE(49);
      END_STATE();
    case 68:
      if (lookahead == 'm') ADVANCE(80);
      END_STATE();
    case 69:
      if (lookahead == 'm') ADVANCE(43);
      END_STATE();
    case 70:
      if (lookahead == 'n') ADVANCE(89);
      END_STATE();
    case 71:
      if (lookahead == 'n') ADVANCE(37);
      END_STATE();
    case 72:
      if (lookahead == 'n') ADVANCE(140);
      END_STATE();
    case 73:
      if (lookahead == 'n') ADVANCE(145);
      END_STATE();
    case 74:
      if (lookahead == 'n') ADVANCE(163);
      END_STATE();
    case 75:
      if (lookahead == 'n') ADVANCE(25);
      if (lookahead == 'p') ADVANCE(65);
      END_STATE();
    case 76:
      if (lookahead == 'o') ADVANCE(93);
      END_STATE();
    case 77:
      if (lookahead == 'o') ADVANCE(172);
      END_STATE();
    case 78:
      if (lookahead == 'o') ADVANCE(157);
      END_STATE();
    case 79:
      if (lookahead == 'o') ADVANCE(64);
      END_STATE();
    case 80:
      if (lookahead == 'p') ADVANCE(169);
      END_STATE();
    case 81:
      if (lookahead == 'p') ADVANCE(82);
      END_STATE();
    case 82:
      if (lookahead == 'p') ADVANCE(46);
      END_STATE();
    case 83:
      if (lookahead == 'r') ADVANCE(97);
      END_STATE();
    case 84:
      if (lookahead == 'r') ADVANCE(78);
      END_STATE();
    case 85:
      if (lookahead == 'r') ADVANCE(91);
      END_STATE();
    case 86:
      if (lookahead == 's') ADVANCE(154);
      END_STATE();
    case 87:
      if (lookahead == 's') ADVANCE(51);
      END_STATE();
    case 88:
      if (lookahead == 's') ADVANCE(90);
      END_STATE();
    case 89:
      if (lookahead == 's') ADVANCE(47);
      END_STATE();
    case 90:
      if (lookahead == 't') ADVANCE(151);
      END_STATE();
    case 91:
      if (lookahead == 't') ADVANCE(127);
      END_STATE();
    case 92:
      if (lookahead == 't') ADVANCE(32);
      END_STATE();
    case 93:
      if (lookahead == 't') ADVANCE(77);
      END_STATE();
    case 94:
      if (lookahead == 't') ADVANCE(42);
      END_STATE();
    case 95:
      if (lookahead == 'u') ADVANCE(68);
      END_STATE();
    case 96:
      if (lookahead == 'u') ADVANCE(87);
      END_STATE();
    case 97:
      if (lookahead == 'u') ADVANCE(67);
      END_STATE();
    case 98:
      if (lookahead == 'w') ADVANCE(143);
      END_STATE();
    case 99:
      if (lookahead == 'y') ADVANCE(160);
      END_STATE();
    case 100:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 101:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(267);
      END_STATE();
    case 102:
      if (eof) ADVANCE(105);
      ADVANCE_MAP(
        '!', 174,
        '"', 259,
        '#', 269,
        '\'', 263,
        '*', 106,
        '-', 112,
        ':', 110,
        'C', 116,
        '[', 120,
        ']', 122,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(102);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      END_STATE();
    case 103:
      if (eof) ADVANCE(105);
      ADVANCE_MAP(
        '!', 174,
        '#', 269,
        '\'', 266,
        '*', 106,
        '-', 11,
        ':', 110,
        'C', 19,
        '[', 120,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(104);
      END_STATE();
    case 104:
      if (eof) ADVANCE(105);
      if (lookahead == '!') ADVANCE(174);
      if (lookahead == '#') ADVANCE(269);
      if (lookahead == '*') ADVANCE(106);
      if (lookahead == '-') ADVANCE(11);
      if (lookahead == ':') ADVANCE(110);
      if (lookahead == 'C') ADVANCE(19);
      if (lookahead == '[') ADVANCE(120);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(104);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(aux_sym_table_token1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(107);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(sym_commit);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(sym_commit);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '-') ADVANCE(21);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (lookahead == 'I') ADVANCE(117);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (lookahead == 'M') ADVANCE(113);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (lookahead == 'M') ADVANCE(114);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (lookahead == 'O') ADVANCE(115);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (lookahead == 'T') ADVANCE(109);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(118);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(119);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(270);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(270);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(anon_sym_DASHA);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(anon_sym_DASH_DASHappend);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(anon_sym_DASH_DASHappend);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(anon_sym_DASHI);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(anon_sym_DASH_DASHinsert);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(anon_sym_DASH_DASHinsert);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(anon_sym_DASHD);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete);
      if (lookahead == '-') ADVANCE(35);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete);
      if (lookahead == '-') ADVANCE(187);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(anon_sym_DASHR);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_DASH_DASHreplace);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(anon_sym_DASH_DASHreplace);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(anon_sym_DASHC);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(anon_sym_DASH_DASHcheck);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(anon_sym_DASH_DASHcheck);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(anon_sym_DASHN);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(anon_sym_DASH_DASHnew_DASHchain);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(anon_sym_DASH_DASHnew_DASHchain);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(anon_sym_DASH_DASHnew);
      if (lookahead == '-') ADVANCE(184);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(anon_sym_DASH_DASHnew);
      if (lookahead == '-') ADVANCE(33);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(anon_sym_DASHX);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete_DASHchain);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete_DASHchain);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(anon_sym_DASHF);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(anon_sym_DASH_DASHflush);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(anon_sym_DASH_DASHflush);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(anon_sym_DASHL);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(anon_sym_DASH_DASHlist);
      if (lookahead == '-') ADVANCE(83);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(anon_sym_DASH_DASHlist);
      if (lookahead == '-') ADVANCE(241);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(anon_sym_DASHS);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(anon_sym_DASH_DASHlist_DASHrules);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(anon_sym_DASH_DASHlist_DASHrules);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(anon_sym_DASHZ);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(anon_sym_DASH_DASHzero);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(anon_sym_DASH_DASHzero);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(anon_sym_DASHP);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(anon_sym_DASH_DASHpolicy);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(anon_sym_DASH_DASHpolicy);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(anon_sym_DASHE);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(anon_sym_DASH_DASHrename_DASHchain);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(anon_sym_DASH_DASHrename_DASHchain);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(anon_sym_DASHm);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(anon_sym_DASH_DASHmatch);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(anon_sym_DASH_DASHmatch);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(anon_sym_DASHj);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(anon_sym_DASH_DASHjump);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(anon_sym_DASH_DASHjump);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(anon_sym_DASHg);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(anon_sym_DASH_DASHgoto);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(anon_sym_DASH_DASHgoto);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym_negation);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == '-') ADVANCE(188);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(225);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(213);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(215);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(186);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(216);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(252);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(217);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(257);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(208);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(207);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(196);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(209);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(211);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'd') ADVANCE(125);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(256);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(227);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(240);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(182);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(131);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(175);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(135);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(132);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(221);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(228);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(242);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(250);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(238);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(244);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(251);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(223);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(149);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(167);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(177);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(178);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(193);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(180);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(243);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(229);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(183);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(230);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(231);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'k') ADVANCE(138);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(254);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(214);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(179);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(201);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(203);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(204);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'm') ADVANCE(236);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'm') ADVANCE(195);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(246);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(176);
      if (lookahead == 'p') ADVANCE(220);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(189);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(141);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(146);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(164);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(158);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(173);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(219);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(249);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(170);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(239);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(220);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(199);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(232);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(255);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(248);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(247);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(155);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(206);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(200);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(152);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(128);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(233);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(194);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(197);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(185);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(224);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(245);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(222);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'w') ADVANCE(142);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'y') ADVANCE(161);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(258);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(aux_sym_string_token1);
      if (lookahead == '#') ADVANCE(261);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(260);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '\\') ADVANCE(261);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(aux_sym_string_token1);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '"' &&
          lookahead != '\\') ADVANCE(261);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(aux_sym_string_token2);
      if (lookahead == '#') ADVANCE(265);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(264);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '\'') ADVANCE(265);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(aux_sym_string_token2);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\'') ADVANCE(265);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(anon_sym_SQUOTE2);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_escape_sequence);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(269);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym__word);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(270);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 0, .external_lex_state = 2},
  [2] = {.lex_state = 103, .external_lex_state = 2},
  [3] = {.lex_state = 103, .external_lex_state = 2},
  [4] = {.lex_state = 103, .external_lex_state = 2},
  [5] = {.lex_state = 103, .external_lex_state = 2},
  [6] = {.lex_state = 1},
  [7] = {.lex_state = 1},
  [8] = {.lex_state = 1},
  [9] = {.lex_state = 1},
  [10] = {.lex_state = 1},
  [11] = {.lex_state = 1},
  [12] = {.lex_state = 1},
  [13] = {.lex_state = 2, .external_lex_state = 1},
  [14] = {.lex_state = 2, .external_lex_state = 1},
  [15] = {.lex_state = 2, .external_lex_state = 1},
  [16] = {.lex_state = 2, .external_lex_state = 1},
  [17] = {.lex_state = 2, .external_lex_state = 1},
  [18] = {.lex_state = 2, .external_lex_state = 1},
  [19] = {.lex_state = 2, .external_lex_state = 1},
  [20] = {.lex_state = 3, .external_lex_state = 1},
  [21] = {.lex_state = 3, .external_lex_state = 1},
  [22] = {.lex_state = 3, .external_lex_state = 1},
  [23] = {.lex_state = 3, .external_lex_state = 1},
  [24] = {.lex_state = 1},
  [25] = {.lex_state = 1},
  [26] = {.lex_state = 2, .external_lex_state = 1},
  [27] = {.lex_state = 2, .external_lex_state = 1},
  [28] = {.lex_state = 1},
  [29] = {.lex_state = 2, .external_lex_state = 1},
  [30] = {.lex_state = 2, .external_lex_state = 1},
  [31] = {.lex_state = 2, .external_lex_state = 1},
  [32] = {.lex_state = 2, .external_lex_state = 1},
  [33] = {.lex_state = 2, .external_lex_state = 1},
  [34] = {.lex_state = 2, .external_lex_state = 1},
  [35] = {.lex_state = 2, .external_lex_state = 1},
  [36] = {.lex_state = 2, .external_lex_state = 1},
  [37] = {.lex_state = 2, .external_lex_state = 1},
  [38] = {.lex_state = 2, .external_lex_state = 1},
  [39] = {.lex_state = 1},
  [40] = {.lex_state = 2, .external_lex_state = 1},
  [41] = {.lex_state = 1},
  [42] = {.lex_state = 1},
  [43] = {.lex_state = 1},
  [44] = {.lex_state = 1},
  [45] = {.lex_state = 2, .external_lex_state = 1},
  [46] = {.lex_state = 2, .external_lex_state = 1},
  [47] = {.lex_state = 2, .external_lex_state = 1},
  [48] = {.lex_state = 2, .external_lex_state = 1},
  [49] = {.lex_state = 1},
  [50] = {.lex_state = 3, .external_lex_state = 1},
  [51] = {.lex_state = 2, .external_lex_state = 1},
  [52] = {.lex_state = 2, .external_lex_state = 1},
  [53] = {.lex_state = 5, .external_lex_state = 1},
  [54] = {.lex_state = 1},
  [55] = {.lex_state = 1},
  [56] = {.lex_state = 1},
  [57] = {.lex_state = 1},
  [58] = {.lex_state = 7, .external_lex_state = 1},
  [59] = {.lex_state = 0, .external_lex_state = 2},
  [60] = {.lex_state = 0, .external_lex_state = 2},
  [61] = {.lex_state = 4},
  [62] = {.lex_state = 4},
  [63] = {.lex_state = 4},
  [64] = {.lex_state = 1, .external_lex_state = 1},
  [65] = {.lex_state = 1, .external_lex_state = 1},
  [66] = {.lex_state = 0, .external_lex_state = 1},
  [67] = {.lex_state = 7, .external_lex_state = 1},
  [68] = {.lex_state = 4},
  [69] = {.lex_state = 4},
  [70] = {.lex_state = 0, .external_lex_state = 1},
  [71] = {.lex_state = 6},
  [72] = {.lex_state = 0, .external_lex_state = 1},
  [73] = {.lex_state = 0, .external_lex_state = 2},
  [74] = {.lex_state = 0, .external_lex_state = 1},
  [75] = {.lex_state = 0, .external_lex_state = 2},
  [76] = {.lex_state = 0, .external_lex_state = 1},
  [77] = {.lex_state = 1},
  [78] = {.lex_state = 1},
  [79] = {.lex_state = 0, .external_lex_state = 1},
  [80] = {.lex_state = 1},
  [81] = {.lex_state = 0, .external_lex_state = 1},
  [82] = {.lex_state = 0, .external_lex_state = 1},
  [83] = {.lex_state = 1},
  [84] = {.lex_state = 1},
  [85] = {.lex_state = 6},
  [86] = {.lex_state = 0, .external_lex_state = 1},
  [87] = {.lex_state = 1},
  [88] = {.lex_state = 1},
  [89] = {.lex_state = 0, .external_lex_state = 1},
  [90] = {.lex_state = 0, .external_lex_state = 1},
  [91] = {.lex_state = 1},
  [92] = {.lex_state = 9},
  [93] = {.lex_state = 9},
  [94] = {.lex_state = 0, .external_lex_state = 1},
  [95] = {.lex_state = 1},
  [96] = {.lex_state = 1},
  [97] = {.lex_state = 0},
  [98] = {.lex_state = 0},
  [99] = {.lex_state = 0},
  [100] = {.lex_state = 10},
  [101] = {.lex_state = 7},
  [102] = {.lex_state = 1},
  [103] = {.lex_state = 7},
  [104] = {.lex_state = 0},
  [105] = {.lex_state = 10},
  [106] = {.lex_state = 0},
  [107] = {.lex_state = 103},
  [108] = {.lex_state = 103},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 0},
  [111] = {.lex_state = 0},
  [112] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_STAR] = ACTIONS(1),
    [sym_commit] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [anon_sym_DASH] = ACTIONS(1),
    [aux_sym_policy_token1] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [anon_sym_DASH_DASHappend] = ACTIONS(1),
    [anon_sym_DASH_DASHinsert] = ACTIONS(1),
    [anon_sym_DASH_DASHdelete] = ACTIONS(1),
    [anon_sym_DASH_DASHreplace] = ACTIONS(1),
    [anon_sym_DASH_DASHcheck] = ACTIONS(1),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(1),
    [anon_sym_DASH_DASHnew] = ACTIONS(1),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(1),
    [anon_sym_DASH_DASHflush] = ACTIONS(1),
    [anon_sym_DASH_DASHlist] = ACTIONS(1),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(1),
    [anon_sym_DASH_DASHzero] = ACTIONS(1),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(1),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(1),
    [anon_sym_DASH_DASHmatch] = ACTIONS(1),
    [anon_sym_DASH_DASHjump] = ACTIONS(1),
    [anon_sym_DASH_DASHgoto] = ACTIONS(1),
    [sym_negation] = ACTIONS(1),
    [anon_sym_DQUOTE] = ACTIONS(1),
    [anon_sym_DQUOTE2] = ACTIONS(1),
    [anon_sym_SQUOTE] = ACTIONS(1),
    [anon_sym_SQUOTE2] = ACTIONS(1),
    [sym_escape_sequence] = ACTIONS(1),
    [sym_number] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym__line_end] = ACTIONS(1),
    [sym__file_end] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(97),
    [sym_table] = STATE(59),
    [aux_sym_source_file_repeat1] = STATE(59),
    [ts_builtin_sym_end] = ACTIONS(5),
    [anon_sym_STAR] = ACTIONS(7),
    [sym_comment] = ACTIONS(3),
    [sym__line_end] = ACTIONS(9),
  },
  [2] = {
    [sym__table_line] = STATE(74),
    [sym_chain_declaration] = STATE(74),
    [sym_counters] = STATE(44),
    [sym_rule] = STATE(74),
    [sym_chain_command] = STATE(74),
    [sym_option] = STATE(41),
    [aux_sym_table_repeat1] = STATE(3),
    [aux_sym_rule_repeat1] = STATE(41),
    [ts_builtin_sym_end] = ACTIONS(11),
    [anon_sym_STAR] = ACTIONS(11),
    [sym_commit] = ACTIONS(13),
    [anon_sym_COLON] = ACTIONS(15),
    [anon_sym_LBRACK] = ACTIONS(17),
    [anon_sym_DASHA] = ACTIONS(19),
    [anon_sym_DASH_DASHappend] = ACTIONS(19),
    [anon_sym_DASHI] = ACTIONS(19),
    [anon_sym_DASH_DASHinsert] = ACTIONS(19),
    [anon_sym_DASHD] = ACTIONS(19),
    [anon_sym_DASH_DASHdelete] = ACTIONS(19),
    [anon_sym_DASHR] = ACTIONS(19),
    [anon_sym_DASH_DASHreplace] = ACTIONS(19),
    [anon_sym_DASHC] = ACTIONS(19),
    [anon_sym_DASH_DASHcheck] = ACTIONS(19),
    [anon_sym_DASHN] = ACTIONS(21),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(21),
    [anon_sym_DASH_DASHnew] = ACTIONS(21),
    [anon_sym_DASHX] = ACTIONS(23),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(23),
    [anon_sym_DASHF] = ACTIONS(23),
    [anon_sym_DASH_DASHflush] = ACTIONS(23),
    [anon_sym_DASHL] = ACTIONS(23),
    [anon_sym_DASH_DASHlist] = ACTIONS(23),
    [anon_sym_DASHS] = ACTIONS(23),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(23),
    [anon_sym_DASHZ] = ACTIONS(25),
    [anon_sym_DASH_DASHzero] = ACTIONS(25),
    [anon_sym_DASHP] = ACTIONS(27),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(27),
    [anon_sym_DASHE] = ACTIONS(29),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(29),
    [sym_negation] = ACTIONS(31),
    [sym_option_name] = ACTIONS(33),
    [sym_comment] = ACTIONS(3),
    [sym__line_end] = ACTIONS(35),
  },
  [3] = {
    [sym__table_line] = STATE(74),
    [sym_chain_declaration] = STATE(74),
    [sym_counters] = STATE(44),
    [sym_rule] = STATE(74),
    [sym_chain_command] = STATE(74),
    [sym_option] = STATE(41),
    [aux_sym_table_repeat1] = STATE(4),
    [aux_sym_rule_repeat1] = STATE(41),
    [ts_builtin_sym_end] = ACTIONS(37),
    [anon_sym_STAR] = ACTIONS(37),
    [sym_commit] = ACTIONS(39),
    [anon_sym_COLON] = ACTIONS(15),
    [anon_sym_LBRACK] = ACTIONS(17),
    [anon_sym_DASHA] = ACTIONS(19),
    [anon_sym_DASH_DASHappend] = ACTIONS(19),
    [anon_sym_DASHI] = ACTIONS(19),
    [anon_sym_DASH_DASHinsert] = ACTIONS(19),
    [anon_sym_DASHD] = ACTIONS(19),
    [anon_sym_DASH_DASHdelete] = ACTIONS(19),
    [anon_sym_DASHR] = ACTIONS(19),
    [anon_sym_DASH_DASHreplace] = ACTIONS(19),
    [anon_sym_DASHC] = ACTIONS(19),
    [anon_sym_DASH_DASHcheck] = ACTIONS(19),
    [anon_sym_DASHN] = ACTIONS(21),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(21),
    [anon_sym_DASH_DASHnew] = ACTIONS(21),
    [anon_sym_DASHX] = ACTIONS(23),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(23),
    [anon_sym_DASHF] = ACTIONS(23),
    [anon_sym_DASH_DASHflush] = ACTIONS(23),
    [anon_sym_DASHL] = ACTIONS(23),
    [anon_sym_DASH_DASHlist] = ACTIONS(23),
    [anon_sym_DASHS] = ACTIONS(23),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(23),
    [anon_sym_DASHZ] = ACTIONS(25),
    [anon_sym_DASH_DASHzero] = ACTIONS(25),
    [anon_sym_DASHP] = ACTIONS(27),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(27),
    [anon_sym_DASHE] = ACTIONS(29),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(29),
    [sym_negation] = ACTIONS(31),
    [sym_option_name] = ACTIONS(33),
    [sym_comment] = ACTIONS(3),
    [sym__line_end] = ACTIONS(41),
  },
  [4] = {
    [sym__table_line] = STATE(74),
    [sym_chain_declaration] = STATE(74),
    [sym_counters] = STATE(44),
    [sym_rule] = STATE(74),
    [sym_chain_command] = STATE(74),
    [sym_option] = STATE(41),
    [aux_sym_table_repeat1] = STATE(4),
    [aux_sym_rule_repeat1] = STATE(41),
    [ts_builtin_sym_end] = ACTIONS(43),
    [anon_sym_STAR] = ACTIONS(43),
    [sym_commit] = ACTIONS(43),
    [anon_sym_COLON] = ACTIONS(45),
    [anon_sym_LBRACK] = ACTIONS(48),
    [anon_sym_DASHA] = ACTIONS(51),
    [anon_sym_DASH_DASHappend] = ACTIONS(51),
    [anon_sym_DASHI] = ACTIONS(51),
    [anon_sym_DASH_DASHinsert] = ACTIONS(51),
    [anon_sym_DASHD] = ACTIONS(51),
    [anon_sym_DASH_DASHdelete] = ACTIONS(51),
    [anon_sym_DASHR] = ACTIONS(51),
    [anon_sym_DASH_DASHreplace] = ACTIONS(51),
    [anon_sym_DASHC] = ACTIONS(51),
    [anon_sym_DASH_DASHcheck] = ACTIONS(51),
    [anon_sym_DASHN] = ACTIONS(54),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(54),
    [anon_sym_DASH_DASHnew] = ACTIONS(54),
    [anon_sym_DASHX] = ACTIONS(57),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(57),
    [anon_sym_DASHF] = ACTIONS(57),
    [anon_sym_DASH_DASHflush] = ACTIONS(57),
    [anon_sym_DASHL] = ACTIONS(57),
    [anon_sym_DASH_DASHlist] = ACTIONS(57),
    [anon_sym_DASHS] = ACTIONS(57),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(57),
    [anon_sym_DASHZ] = ACTIONS(60),
    [anon_sym_DASH_DASHzero] = ACTIONS(60),
    [anon_sym_DASHP] = ACTIONS(63),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(63),
    [anon_sym_DASHE] = ACTIONS(66),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(66),
    [sym_negation] = ACTIONS(69),
    [sym_option_name] = ACTIONS(72),
    [sym_comment] = ACTIONS(3),
    [sym__line_end] = ACTIONS(75),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(43), 7,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_STAR,
      sym_commit,
      anon_sym_COLON,
      anon_sym_LBRACK,
      sym_negation,
    ACTIONS(78), 28,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      anon_sym_DASHN,
      anon_sym_DASH_DASHnew_DASHchain,
      anon_sym_DASH_DASHnew,
      anon_sym_DASHX,
      anon_sym_DASH_DASHdelete_DASHchain,
      anon_sym_DASHF,
      anon_sym_DASH_DASHflush,
      anon_sym_DASHL,
      anon_sym_DASH_DASHlist,
      anon_sym_DASHS,
      anon_sym_DASH_DASHlist_DASHrules,
      anon_sym_DASHZ,
      anon_sym_DASH_DASHzero,
      anon_sym_DASHP,
      anon_sym_DASH_DASHpolicy,
      anon_sym_DASHE,
      anon_sym_DASH_DASHrename_DASHchain,
      sym_option_name,
  [43] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(82), 1,
      sym_negation,
    ACTIONS(84), 1,
      anon_sym_DQUOTE,
    ACTIONS(86), 1,
      anon_sym_SQUOTE,
    ACTIONS(88), 1,
      sym__word,
    STATE(11), 1,
      aux_sym_option_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(80), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [80] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(84), 1,
      anon_sym_DQUOTE,
    ACTIONS(86), 1,
      anon_sym_SQUOTE,
    ACTIONS(88), 1,
      sym__word,
    ACTIONS(92), 1,
      sym_negation,
    STATE(9), 1,
      aux_sym_option_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(90), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [117] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(84), 1,
      anon_sym_DQUOTE,
    ACTIONS(86), 1,
      anon_sym_SQUOTE,
    ACTIONS(88), 1,
      sym__word,
    ACTIONS(97), 1,
      sym_negation,
    STATE(6), 1,
      aux_sym_option_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(95), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [154] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(84), 1,
      anon_sym_DQUOTE,
    ACTIONS(86), 1,
      anon_sym_SQUOTE,
    ACTIONS(88), 1,
      sym__word,
    ACTIONS(102), 1,
      sym_negation,
    STATE(11), 1,
      aux_sym_option_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(100), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [191] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(84), 1,
      anon_sym_DQUOTE,
    ACTIONS(86), 1,
      anon_sym_SQUOTE,
    ACTIONS(88), 1,
      sym__word,
    ACTIONS(106), 1,
      sym_negation,
    STATE(11), 1,
      aux_sym_option_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(104), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [228] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(110), 1,
      sym_negation,
    ACTIONS(112), 1,
      anon_sym_DQUOTE,
    ACTIONS(115), 1,
      anon_sym_SQUOTE,
    ACTIONS(118), 1,
      sym__word,
    STATE(11), 1,
      aux_sym_option_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(108), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [265] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(84), 1,
      anon_sym_DQUOTE,
    ACTIONS(86), 1,
      anon_sym_SQUOTE,
    ACTIONS(88), 1,
      sym__word,
    ACTIONS(123), 1,
      sym_negation,
    STATE(11), 1,
      aux_sym_option_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(121), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [302] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(125), 1,
      sym_negation,
    ACTIONS(128), 1,
      anon_sym_DQUOTE,
    ACTIONS(130), 1,
      anon_sym_SQUOTE,
    ACTIONS(132), 1,
      sym__word,
    STATE(15), 1,
      aux_sym_option_repeat1,
    ACTIONS(134), 2,
      sym__line_end,
      sym__file_end,
    STATE(46), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(95), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [339] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(128), 1,
      anon_sym_DQUOTE,
    ACTIONS(130), 1,
      anon_sym_SQUOTE,
    ACTIONS(132), 1,
      sym__word,
    ACTIONS(136), 1,
      sym_negation,
    STATE(16), 1,
      aux_sym_option_repeat1,
    ACTIONS(139), 2,
      sym__line_end,
      sym__file_end,
    STATE(46), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(90), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [376] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(128), 1,
      anon_sym_DQUOTE,
    ACTIONS(130), 1,
      anon_sym_SQUOTE,
    ACTIONS(132), 1,
      sym__word,
    STATE(18), 1,
      aux_sym_option_repeat1,
    ACTIONS(82), 3,
      sym__line_end,
      sym__file_end,
      sym_negation,
    STATE(46), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(80), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [411] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(128), 1,
      anon_sym_DQUOTE,
    ACTIONS(130), 1,
      anon_sym_SQUOTE,
    ACTIONS(132), 1,
      sym__word,
    STATE(18), 1,
      aux_sym_option_repeat1,
    ACTIONS(102), 3,
      sym__line_end,
      sym__file_end,
      sym_negation,
    STATE(46), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(100), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [446] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(128), 1,
      anon_sym_DQUOTE,
    ACTIONS(130), 1,
      anon_sym_SQUOTE,
    ACTIONS(132), 1,
      sym__word,
    STATE(18), 1,
      aux_sym_option_repeat1,
    ACTIONS(106), 3,
      sym__line_end,
      sym__file_end,
      sym_negation,
    STATE(46), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(104), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [481] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(141), 1,
      anon_sym_DQUOTE,
    ACTIONS(144), 1,
      anon_sym_SQUOTE,
    ACTIONS(147), 1,
      sym__word,
    STATE(18), 1,
      aux_sym_option_repeat1,
    ACTIONS(110), 3,
      sym__line_end,
      sym__file_end,
      sym_negation,
    STATE(46), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(108), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [516] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(128), 1,
      anon_sym_DQUOTE,
    ACTIONS(130), 1,
      anon_sym_SQUOTE,
    ACTIONS(132), 1,
      sym__word,
    STATE(18), 1,
      aux_sym_option_repeat1,
    ACTIONS(123), 3,
      sym__line_end,
      sym__file_end,
      sym_negation,
    STATE(46), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(121), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [551] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(158), 1,
      sym_number,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(160), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(31), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [585] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(162), 1,
      sym_number,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(164), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(40), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [619] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(166), 1,
      sym_number,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(168), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(30), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [653] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(170), 1,
      sym_number,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(172), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(35), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [687] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(176), 4,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(174), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [710] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(180), 4,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(178), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [733] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(182), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(36), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [764] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(184), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(29), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [795] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(188), 4,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(186), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [818] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(196), 1,
      sym_negation,
    ACTIONS(199), 1,
      sym_option_name,
    ACTIONS(190), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(202), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(193), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(29), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [849] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(204), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(29), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [880] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(206), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(29), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [911] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(208), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(33), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [942] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(210), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(29), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [973] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(212), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(37), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1004] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(214), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(29), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1035] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(216), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(29), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1066] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(218), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(29), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1097] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(220), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(27), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1128] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(224), 4,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(222), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [1151] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(226), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(29), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1182] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(31), 1,
      sym_negation,
    ACTIONS(33), 1,
      sym_option_name,
    STATE(43), 2,
      sym_option,
      aux_sym_rule_repeat1,
    ACTIONS(228), 10,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
  [1208] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(31), 1,
      sym_negation,
    ACTIONS(33), 1,
      sym_option_name,
    STATE(43), 2,
      sym_option,
      aux_sym_rule_repeat1,
    ACTIONS(230), 10,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
  [1234] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(234), 1,
      sym_negation,
    ACTIONS(237), 1,
      sym_option_name,
    STATE(43), 2,
      sym_option,
      aux_sym_rule_repeat1,
    ACTIONS(232), 10,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
  [1260] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(31), 1,
      sym_negation,
    ACTIONS(33), 1,
      sym_option_name,
    STATE(42), 2,
      sym_option,
      aux_sym_rule_repeat1,
    ACTIONS(240), 10,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
  [1286] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(180), 6,
      sym__line_end,
      sym__file_end,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(178), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1307] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(224), 6,
      sym__line_end,
      sym__file_end,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(222), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1328] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(176), 6,
      sym__line_end,
      sym__file_end,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(174), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1349] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(188), 6,
      sym__line_end,
      sym__file_end,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(186), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1370] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(244), 1,
      sym_negation,
    ACTIONS(242), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [1390] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(248), 4,
      sym__line_end,
      sym__file_end,
      sym_negation,
      sym_number,
    ACTIONS(246), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1409] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(252), 3,
      sym__line_end,
      sym__file_end,
      sym_negation,
    ACTIONS(250), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1427] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(256), 3,
      sym__line_end,
      sym__file_end,
      sym_negation,
    ACTIONS(254), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1445] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(258), 1,
      anon_sym_DASH,
    ACTIONS(260), 1,
      aux_sym_policy_token1,
    ACTIONS(262), 1,
      anon_sym_LBRACK,
    ACTIONS(264), 1,
      sym__word,
    STATE(58), 1,
      sym_policy,
    ACTIONS(266), 2,
      sym__line_end,
      sym__file_end,
    STATE(86), 2,
      sym_counters,
      sym_word,
  [1472] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(84), 1,
      anon_sym_DQUOTE,
    ACTIONS(86), 1,
      anon_sym_SQUOTE,
    ACTIONS(88), 1,
      sym__word,
    STATE(12), 1,
      aux_sym_option_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1493] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(84), 1,
      anon_sym_DQUOTE,
    ACTIONS(86), 1,
      anon_sym_SQUOTE,
    ACTIONS(88), 1,
      sym__word,
    STATE(10), 1,
      aux_sym_option_repeat1,
    STATE(39), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1514] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(128), 1,
      anon_sym_DQUOTE,
    ACTIONS(130), 1,
      anon_sym_SQUOTE,
    ACTIONS(132), 1,
      sym__word,
    STATE(19), 1,
      aux_sym_option_repeat1,
    STATE(46), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1535] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(128), 1,
      anon_sym_DQUOTE,
    ACTIONS(130), 1,
      anon_sym_SQUOTE,
    ACTIONS(132), 1,
      sym__word,
    STATE(17), 1,
      aux_sym_option_repeat1,
    STATE(46), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1556] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(262), 1,
      anon_sym_LBRACK,
    ACTIONS(264), 1,
      sym__word,
    ACTIONS(268), 2,
      sym__line_end,
      sym__file_end,
    STATE(79), 2,
      sym_counters,
      sym_word,
  [1574] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      anon_sym_STAR,
    ACTIONS(270), 1,
      ts_builtin_sym_end,
    ACTIONS(272), 1,
      sym__line_end,
    STATE(60), 2,
      sym_table,
      aux_sym_source_file_repeat1,
  [1591] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(274), 1,
      ts_builtin_sym_end,
    ACTIONS(276), 1,
      anon_sym_STAR,
    ACTIONS(279), 1,
      sym__line_end,
    STATE(60), 2,
      sym_table,
      aux_sym_source_file_repeat1,
  [1608] = 4,
    ACTIONS(284), 1,
      anon_sym_DQUOTE2,
    ACTIONS(286), 1,
      sym_comment,
    STATE(62), 1,
      aux_sym_string_repeat1,
    ACTIONS(282), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1622] = 4,
    ACTIONS(286), 1,
      sym_comment,
    ACTIONS(291), 1,
      anon_sym_DQUOTE2,
    STATE(62), 1,
      aux_sym_string_repeat1,
    ACTIONS(288), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1636] = 4,
    ACTIONS(286), 1,
      sym_comment,
    ACTIONS(295), 1,
      anon_sym_DQUOTE2,
    STATE(61), 1,
      aux_sym_string_repeat1,
    ACTIONS(293), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1650] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(297), 1,
      sym__word,
    STATE(82), 1,
      sym_chain_name,
    ACTIONS(299), 2,
      sym__line_end,
      sym__file_end,
  [1664] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(297), 1,
      sym__word,
    STATE(70), 1,
      sym_chain_name,
    ACTIONS(299), 2,
      sym__line_end,
      sym__file_end,
  [1678] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(301), 1,
      anon_sym_LBRACK,
    STATE(94), 1,
      sym_counters,
    ACTIONS(303), 2,
      sym__line_end,
      sym__file_end,
  [1692] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(305), 2,
      anon_sym_LBRACK,
      sym__word,
    ACTIONS(307), 2,
      sym__line_end,
      sym__file_end,
  [1704] = 4,
    ACTIONS(286), 1,
      sym_comment,
    ACTIONS(311), 1,
      anon_sym_DQUOTE2,
    STATE(69), 1,
      aux_sym_string_repeat1,
    ACTIONS(309), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1718] = 4,
    ACTIONS(286), 1,
      sym_comment,
    ACTIONS(313), 1,
      anon_sym_DQUOTE2,
    STATE(62), 1,
      aux_sym_string_repeat1,
    ACTIONS(282), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1732] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(315), 1,
      sym_number,
    ACTIONS(317), 2,
      sym__line_end,
      sym__file_end,
  [1743] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(66), 1,
      sym_policy,
    ACTIONS(319), 2,
      anon_sym_DASH,
      aux_sym_policy_token1,
  [1754] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(2), 1,
      sym__end_of_line,
    ACTIONS(321), 2,
      sym__line_end,
      sym__file_end,
  [1765] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(323), 3,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_STAR,
  [1774] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(5), 1,
      sym__end_of_line,
    ACTIONS(325), 2,
      sym__line_end,
      sym__file_end,
  [1785] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(327), 3,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_STAR,
  [1794] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(307), 3,
      sym__line_end,
      sym__file_end,
      anon_sym_LBRACK,
  [1803] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(329), 1,
      sym__word,
    STATE(71), 1,
      sym_chain_name,
  [1813] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(297), 1,
      sym__word,
    STATE(82), 1,
      sym_chain_name,
  [1823] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(331), 2,
      sym__line_end,
      sym__file_end,
  [1831] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(297), 1,
      sym__word,
    STATE(20), 1,
      sym_chain_name,
  [1841] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(333), 2,
      sym__line_end,
      sym__file_end,
  [1849] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(317), 2,
      sym__line_end,
      sym__file_end,
  [1857] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(335), 1,
      sym__word,
    STATE(87), 1,
      sym_chain_name,
  [1867] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(297), 1,
      sym__word,
    STATE(22), 1,
      sym_chain_name,
  [1877] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(248), 2,
      anon_sym_DASH,
      aux_sym_policy_token1,
  [1885] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(337), 2,
      sym__line_end,
      sym__file_end,
  [1893] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(297), 1,
      sym__word,
    STATE(81), 1,
      sym_chain_name,
  [1903] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(297), 1,
      sym__word,
    STATE(21), 1,
      sym_chain_name,
  [1913] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(339), 2,
      sym__line_end,
      sym__file_end,
  [1921] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(244), 2,
      sym__line_end,
      sym__file_end,
  [1929] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(297), 1,
      sym__word,
    STATE(23), 1,
      sym_chain_name,
  [1939] = 3,
    ACTIONS(286), 1,
      sym_comment,
    ACTIONS(311), 1,
      anon_sym_SQUOTE2,
    ACTIONS(341), 1,
      aux_sym_string_token2,
  [1949] = 3,
    ACTIONS(286), 1,
      sym_comment,
    ACTIONS(295), 1,
      anon_sym_SQUOTE2,
    ACTIONS(343), 1,
      aux_sym_string_token2,
  [1959] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(345), 2,
      sym__line_end,
      sym__file_end,
  [1967] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(347), 1,
      sym__word,
  [1974] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(349), 1,
      sym__word,
  [1981] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(351), 1,
      ts_builtin_sym_end,
  [1988] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(353), 1,
      sym_number,
  [1995] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(355), 1,
      anon_sym_COLON,
  [2002] = 2,
    ACTIONS(286), 1,
      sym_comment,
    ACTIONS(357), 1,
      aux_sym_table_token1,
  [2009] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(359), 1,
      sym_option_name,
  [2016] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(248), 1,
      sym__word,
  [2023] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(361), 1,
      sym_option_name,
  [2030] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(363), 1,
      sym_number,
  [2037] = 2,
    ACTIONS(286), 1,
      sym_comment,
    ACTIONS(365), 1,
      aux_sym_table_token1,
  [2044] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(367), 1,
      anon_sym_RBRACK,
  [2051] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(284), 1,
      anon_sym_SQUOTE2,
  [2058] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(313), 1,
      anon_sym_SQUOTE2,
  [2065] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(369), 1,
      anon_sym_RBRACK,
  [2072] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(371), 1,
      sym_number,
  [2079] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(373), 1,
      anon_sym_COLON,
  [2086] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(375), 1,
      sym_number,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(5)] = 0,
  [SMALL_STATE(6)] = 43,
  [SMALL_STATE(7)] = 80,
  [SMALL_STATE(8)] = 117,
  [SMALL_STATE(9)] = 154,
  [SMALL_STATE(10)] = 191,
  [SMALL_STATE(11)] = 228,
  [SMALL_STATE(12)] = 265,
  [SMALL_STATE(13)] = 302,
  [SMALL_STATE(14)] = 339,
  [SMALL_STATE(15)] = 376,
  [SMALL_STATE(16)] = 411,
  [SMALL_STATE(17)] = 446,
  [SMALL_STATE(18)] = 481,
  [SMALL_STATE(19)] = 516,
  [SMALL_STATE(20)] = 551,
  [SMALL_STATE(21)] = 585,
  [SMALL_STATE(22)] = 619,
  [SMALL_STATE(23)] = 653,
  [SMALL_STATE(24)] = 687,
  [SMALL_STATE(25)] = 710,
  [SMALL_STATE(26)] = 733,
  [SMALL_STATE(27)] = 764,
  [SMALL_STATE(28)] = 795,
  [SMALL_STATE(29)] = 818,
  [SMALL_STATE(30)] = 849,
  [SMALL_STATE(31)] = 880,
  [SMALL_STATE(32)] = 911,
  [SMALL_STATE(33)] = 942,
  [SMALL_STATE(34)] = 973,
  [SMALL_STATE(35)] = 1004,
  [SMALL_STATE(36)] = 1035,
  [SMALL_STATE(37)] = 1066,
  [SMALL_STATE(38)] = 1097,
  [SMALL_STATE(39)] = 1128,
  [SMALL_STATE(40)] = 1151,
  [SMALL_STATE(41)] = 1182,
  [SMALL_STATE(42)] = 1208,
  [SMALL_STATE(43)] = 1234,
  [SMALL_STATE(44)] = 1260,
  [SMALL_STATE(45)] = 1286,
  [SMALL_STATE(46)] = 1307,
  [SMALL_STATE(47)] = 1328,
  [SMALL_STATE(48)] = 1349,
  [SMALL_STATE(49)] = 1370,
  [SMALL_STATE(50)] = 1390,
  [SMALL_STATE(51)] = 1409,
  [SMALL_STATE(52)] = 1427,
  [SMALL_STATE(53)] = 1445,
  [SMALL_STATE(54)] = 1472,
  [SMALL_STATE(55)] = 1493,
  [SMALL_STATE(56)] = 1514,
  [SMALL_STATE(57)] = 1535,
  [SMALL_STATE(58)] = 1556,
  [SMALL_STATE(59)] = 1574,
  [SMALL_STATE(60)] = 1591,
  [SMALL_STATE(61)] = 1608,
  [SMALL_STATE(62)] = 1622,
  [SMALL_STATE(63)] = 1636,
  [SMALL_STATE(64)] = 1650,
  [SMALL_STATE(65)] = 1664,
  [SMALL_STATE(66)] = 1678,
  [SMALL_STATE(67)] = 1692,
  [SMALL_STATE(68)] = 1704,
  [SMALL_STATE(69)] = 1718,
  [SMALL_STATE(70)] = 1732,
  [SMALL_STATE(71)] = 1743,
  [SMALL_STATE(72)] = 1754,
  [SMALL_STATE(73)] = 1765,
  [SMALL_STATE(74)] = 1774,
  [SMALL_STATE(75)] = 1785,
  [SMALL_STATE(76)] = 1794,
  [SMALL_STATE(77)] = 1803,
  [SMALL_STATE(78)] = 1813,
  [SMALL_STATE(79)] = 1823,
  [SMALL_STATE(80)] = 1831,
  [SMALL_STATE(81)] = 1841,
  [SMALL_STATE(82)] = 1849,
  [SMALL_STATE(83)] = 1857,
  [SMALL_STATE(84)] = 1867,
  [SMALL_STATE(85)] = 1877,
  [SMALL_STATE(86)] = 1885,
  [SMALL_STATE(87)] = 1893,
  [SMALL_STATE(88)] = 1903,
  [SMALL_STATE(89)] = 1913,
  [SMALL_STATE(90)] = 1921,
  [SMALL_STATE(91)] = 1929,
  [SMALL_STATE(92)] = 1939,
  [SMALL_STATE(93)] = 1949,
  [SMALL_STATE(94)] = 1959,
  [SMALL_STATE(95)] = 1967,
  [SMALL_STATE(96)] = 1974,
  [SMALL_STATE(97)] = 1981,
  [SMALL_STATE(98)] = 1988,
  [SMALL_STATE(99)] = 1995,
  [SMALL_STATE(100)] = 2002,
  [SMALL_STATE(101)] = 2009,
  [SMALL_STATE(102)] = 2016,
  [SMALL_STATE(103)] = 2023,
  [SMALL_STATE(104)] = 2030,
  [SMALL_STATE(105)] = 2037,
  [SMALL_STATE(106)] = 2044,
  [SMALL_STATE(107)] = 2051,
  [SMALL_STATE(108)] = 2058,
  [SMALL_STATE(109)] = 2065,
  [SMALL_STATE(110)] = 2072,
  [SMALL_STATE(111)] = 2079,
  [SMALL_STATE(112)] = 2086,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [11] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 3, 0, 1),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(78),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(64),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(77),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 4, 0, 1),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [43] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0),
  [45] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(105),
  [48] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(98),
  [51] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [54] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(78),
  [57] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(64),
  [60] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(65),
  [63] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(77),
  [66] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [69] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(101),
  [72] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [75] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(4),
  [78] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0),
  [80] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 2, 0, 9),
  [82] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 2, 0, 9),
  [84] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [86] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [88] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [90] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 2, 0, 7),
  [92] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 2, 0, 7), SHIFT(54),
  [95] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 1, 0, 4),
  [97] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 1, 0, 4), SHIFT(55),
  [100] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, 0, 16),
  [102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, 0, 16),
  [104] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, 0, 17),
  [106] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, 0, 17),
  [108] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18),
  [110] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18),
  [112] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(63),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(93),
  [118] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(24),
  [121] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 4, 0, 25),
  [123] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 4, 0, 25),
  [125] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 1, 0, 4), SHIFT(57),
  [128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [134] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 1, 0, 4),
  [136] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 2, 0, 7), SHIFT(56),
  [139] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 2, 0, 7),
  [141] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(68),
  [144] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(92),
  [147] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(47),
  [150] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [152] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [154] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [156] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [160] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 19),
  [162] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [164] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 2, 0, 6),
  [166] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [168] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 20),
  [170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [172] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 27),
  [174] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1, 0, 0),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1, 0, 0),
  [178] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2, 0, 0),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2, 0, 0),
  [182] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 28),
  [184] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 13),
  [186] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3, 0, 0),
  [188] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3, 0, 0),
  [190] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(95),
  [193] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(96),
  [196] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(103),
  [199] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(13),
  [202] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0),
  [204] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 20),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 19),
  [208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 26),
  [210] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 26),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 30),
  [214] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 27),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 28),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 6, 0, 30),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 13),
  [222] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_option_repeat1, 1, 0, 8),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 1, 0, 8),
  [226] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 6),
  [228] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [230] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [232] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0),
  [234] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0), SHIFT_REPEAT(101),
  [237] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [240] = {.entry = {.count = 1, .reusable = false}}, SHIFT(80),
  [242] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_counters, 5, 0, 29),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_counters, 5, 0, 29),
  [246] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_chain_name, 1, 0, 0),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_name, 1, 0, 0),
  [250] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_target, 2, 0, 23),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 2, 0, 23),
  [254] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_match, 2, 0, 22),
  [256] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_match, 2, 0, 22),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [260] = {.entry = {.count = 1, .reusable = false}}, SHIFT(67),
  [262] = {.entry = {.count = 1, .reusable = false}}, SHIFT(112),
  [264] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 2, 0, 5),
  [268] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 3, 0, 11),
  [270] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [272] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [276] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(100),
  [279] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(60),
  [282] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [284] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [286] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [288] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0), SHIFT_REPEAT(62),
  [291] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0),
  [293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [299] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 1, 0, 3),
  [301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [303] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 3, 0, 14),
  [305] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_policy, 1, 0, 0),
  [307] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy, 1, 0, 0),
  [309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [311] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [317] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 2, 0, 6),
  [319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [323] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 4, 0, 2),
  [325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [327] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 5, 0, 10),
  [329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [331] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 4, 0, 21),
  [333] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 3, 0, 15),
  [335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 3, 0, 12),
  [339] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 3, 0, 13),
  [341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [343] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [345] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 4, 0, 24),
  [347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [351] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [353] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [359] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [363] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [373] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [375] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__line_end = 0,
  ts_external_token__file_end = 1,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__line_end] = sym__line_end,
  [ts_external_token__file_end] = sym__file_end,
};

static const bool ts_external_scanner_states[3][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__line_end] = true,
    [ts_external_token__file_end] = true,
  },
  [2] = {
    [ts_external_token__line_end] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_iptables_external_scanner_create(void);
void tree_sitter_iptables_external_scanner_destroy(void *);
bool tree_sitter_iptables_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_iptables_external_scanner_serialize(void *, char *);
void tree_sitter_iptables_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_iptables(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_iptables_external_scanner_create,
      tree_sitter_iptables_external_scanner_destroy,
      tree_sitter_iptables_external_scanner_scan,
      tree_sitter_iptables_external_scanner_serialize,
      tree_sitter_iptables_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
