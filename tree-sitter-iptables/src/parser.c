#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 117
#define LARGE_STATE_COUNT 5
#define SYMBOL_COUNT 80
#define ALIAS_COUNT 3
#define TOKEN_COUNT 57
#define EXTERNAL_TOKEN_COUNT 2
#define FIELD_COUNT 14
#define MAX_ALIAS_SEQUENCE_LENGTH 6
#define PRODUCTION_ID_COUNT 33

enum ts_symbol_identifiers {
  anon_sym_STAR = 1,
  aux_sym_table_token1 = 2,
  sym_commit = 3,
  anon_sym_COLON = 4,
  aux_sym_chain_declaration_token1 = 5,
  anon_sym_DASH = 6,
  aux_sym_policy_token1 = 7,
  anon_sym_LBRACK = 8,
  anon_sym_RBRACK = 9,
  anon_sym_DASHA = 10,
  anon_sym_DASH_DASHappend = 11,
  anon_sym_DASHI = 12,
  anon_sym_DASH_DASHinsert = 13,
  anon_sym_DASHD = 14,
  anon_sym_DASH_DASHdelete = 15,
  anon_sym_DASHR = 16,
  anon_sym_DASH_DASHreplace = 17,
  anon_sym_DASHC = 18,
  anon_sym_DASH_DASHcheck = 19,
  anon_sym_DASHN = 20,
  anon_sym_DASH_DASHnew_DASHchain = 21,
  anon_sym_DASH_DASHnew = 22,
  anon_sym_DASHX = 23,
  anon_sym_DASH_DASHdelete_DASHchain = 24,
  anon_sym_DASHF = 25,
  anon_sym_DASH_DASHflush = 26,
  anon_sym_DASHL = 27,
  anon_sym_DASH_DASHlist = 28,
  anon_sym_DASHS = 29,
  anon_sym_DASH_DASHlist_DASHrules = 30,
  anon_sym_DASHZ = 31,
  anon_sym_DASH_DASHzero = 32,
  anon_sym_DASHP = 33,
  anon_sym_DASH_DASHpolicy = 34,
  anon_sym_DASHE = 35,
  anon_sym_DASH_DASHrename_DASHchain = 36,
  anon_sym_DASHm = 37,
  anon_sym_DASH_DASHmatch = 38,
  anon_sym_DASHj = 39,
  anon_sym_DASH_DASHjump = 40,
  anon_sym_DASHg = 41,
  anon_sym_DASH_DASHgoto = 42,
  sym_negation = 43,
  sym_option_name = 44,
  anon_sym_DQUOTE = 45,
  aux_sym_string_token1 = 46,
  anon_sym_DQUOTE2 = 47,
  anon_sym_SQUOTE = 48,
  aux_sym_string_token2 = 49,
  anon_sym_SQUOTE2 = 50,
  sym_escape_sequence = 51,
  sym_number = 52,
  sym_comment = 53,
  sym__word = 54,
  sym__line_end = 55,
  sym__file_end = 56,
  sym_source_file = 57,
  sym_table = 58,
  sym__table_line = 59,
  sym_chain_declaration = 60,
  sym_policy = 61,
  sym_counters = 62,
  sym_rule = 63,
  sym_chain_command = 64,
  sym__rule_item = 65,
  sym_match = 66,
  sym_target = 67,
  sym_option = 68,
  sym__argument = 69,
  sym_word = 70,
  sym_string = 71,
  sym_chain_name = 72,
  sym__end_of_line = 73,
  aux_sym_source_file_repeat1 = 74,
  aux_sym_table_repeat1 = 75,
  aux_sym_rule_repeat1 = 76,
  aux_sym_rule_repeat2 = 77,
  aux_sym_option_repeat1 = 78,
  aux_sym_string_repeat1 = 79,
  alias_sym_module_name = 80,
  alias_sym_table_name = 81,
  alias_sym_target_name = 82,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_STAR] = "*",
  [aux_sym_table_token1] = "chain_name",
  [sym_commit] = "commit",
  [anon_sym_COLON] = ":",
  [aux_sym_chain_declaration_token1] = "word",
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
  [aux_sym_chain_declaration_token1] = sym_word,
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
  [aux_sym_chain_declaration_token1] = {
    .visible = true,
    .named = true,
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
  [30] = {.index = 67, .length = 3},
  [31] = {.index = 70, .length = 3},
  [32] = {.index = 73, .length = 4},
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
    {field_flag, 1},
    {field_module, 2},
    {field_negation, 0},
  [70] =
    {field_flag, 1},
    {field_name, 2},
    {field_negation, 0},
  [73] =
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
  [30] = {
    [2] = alias_sym_module_name,
  },
  [31] = {
    [2] = alias_sym_target_name,
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
  [13] = 6,
  [14] = 7,
  [15] = 9,
  [16] = 8,
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
  [46] = 28,
  [47] = 27,
  [48] = 24,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 56,
  [60] = 55,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 70,
  [72] = 64,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 68,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 50,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 49,
  [94] = 94,
  [95] = 95,
  [96] = 87,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 50,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 99,
  [113] = 105,
  [114] = 109,
  [115] = 104,
  [116] = 108,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(28);
      ADVANCE_MAP(
        '!', 78,
        '"', 166,
        '#', 173,
        '\'', 170,
        '*', 29,
        '-', 35,
        ':', 33,
        'C', 39,
        '[', 42,
        '\\', 24,
        ']', 43,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(25);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(172);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 1:
      if (lookahead == '!') ADVANCE(78);
      if (lookahead == '"') ADVANCE(163);
      if (lookahead == '#') ADVANCE(173);
      if (lookahead == '\'') ADVANCE(167);
      if (lookahead == '-') ADVANCE(12);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(174);
      END_STATE();
    case 2:
      if (lookahead == '!') ADVANCE(78);
      if (lookahead == '"') ADVANCE(163);
      if (lookahead == '#') ADVANCE(173);
      if (lookahead == '\'') ADVANCE(167);
      if (lookahead == '-') ADVANCE(13);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(2);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(174);
      END_STATE();
    case 3:
      if (lookahead == '!') ADVANCE(78);
      if (lookahead == '#') ADVANCE(173);
      if (lookahead == '-') ADVANCE(13);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(3);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(172);
      END_STATE();
    case 4:
      if (lookahead == '"') ADVANCE(166);
      if (lookahead == '#') ADVANCE(165);
      if (lookahead == '\\') ADVANCE(24);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(164);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(165);
      END_STATE();
    case 5:
      if (lookahead == '#') ADVANCE(173);
      if (lookahead == '-') ADVANCE(35);
      if (lookahead == '[') ADVANCE(42);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(5);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 6:
      if (lookahead == '#') ADVANCE(173);
      if (lookahead == '-') ADVANCE(14);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(6);
      END_STATE();
    case 7:
      if (lookahead == '#') ADVANCE(173);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(7);
      END_STATE();
    case 8:
      if (lookahead == '#') ADVANCE(34);
      if (lookahead == '[') ADVANCE(42);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(8);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(34);
      END_STATE();
    case 9:
      if (lookahead == '#') ADVANCE(169);
      if (lookahead == '\'') ADVANCE(170);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(168);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(169);
      END_STATE();
    case 10:
      if (lookahead == '#') ADVANCE(30);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(7);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(30);
      END_STATE();
    case 11:
      ADVANCE_MAP(
        '-', 20,
        'A', 44,
        'C', 53,
        'D', 48,
        'E', 70,
        'F', 60,
        'I', 46,
        'L', 62,
        'N', 55,
        'P', 68,
        'R', 51,
        'S', 64,
        'X', 58,
        'Z', 66,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Y') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 12:
      if (lookahead == '-') ADVANCE(21);
      if (lookahead == 'A') ADVANCE(44);
      if (lookahead == 'C') ADVANCE(53);
      if (lookahead == 'D') ADVANCE(48);
      if (lookahead == 'I') ADVANCE(46);
      if (lookahead == 'R') ADVANCE(51);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 13:
      if (lookahead == '-') ADVANCE(22);
      if (lookahead == 'g') ADVANCE(76);
      if (lookahead == 'j') ADVANCE(74);
      if (lookahead == 'm') ADVANCE(72);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 14:
      if (lookahead == '-') ADVANCE(23);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 15:
      if (lookahead == 'I') ADVANCE(19);
      END_STATE();
    case 16:
      if (lookahead == 'M') ADVANCE(15);
      END_STATE();
    case 17:
      if (lookahead == 'M') ADVANCE(16);
      END_STATE();
    case 18:
      if (lookahead == 'O') ADVANCE(17);
      END_STATE();
    case 19:
      if (lookahead == 'T') ADVANCE(31);
      END_STATE();
    case 20:
      ADVANCE_MAP(
        'a', 141,
        'c', 114,
        'd', 102,
        'f', 122,
        'i', 130,
        'l', 116,
        'n', 94,
        'p', 138,
        'r', 95,
        'z', 96,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'y')) ADVANCE(162);
      END_STATE();
    case 21:
      if (lookahead == 'a') ADVANCE(141);
      if (lookahead == 'c') ADVANCE(114);
      if (lookahead == 'd') ADVANCE(109);
      if (lookahead == 'i') ADVANCE(130);
      if (lookahead == 'r') ADVANCE(106);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 22:
      if (lookahead == 'g') ADVANCE(139);
      if (lookahead == 'j') ADVANCE(157);
      if (lookahead == 'm') ADVANCE(85);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 23:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 24:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(171);
      END_STATE();
    case 25:
      if (eof) ADVANCE(28);
      ADVANCE_MAP(
        '!', 78,
        '"', 163,
        '#', 173,
        '\'', 167,
        '*', 29,
        '-', 35,
        ':', 33,
        'C', 39,
        '[', 42,
        ']', 43,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(25);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(172);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 26:
      if (eof) ADVANCE(28);
      ADVANCE_MAP(
        '!', 78,
        '#', 173,
        '\'', 170,
        '*', 29,
        '-', 11,
        ':', 33,
        'C', 18,
        '[', 42,
      );
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(27);
      END_STATE();
    case 27:
      if (eof) ADVANCE(28);
      if (lookahead == '!') ADVANCE(78);
      if (lookahead == '#') ADVANCE(173);
      if (lookahead == '*') ADVANCE(29);
      if (lookahead == '-') ADVANCE(11);
      if (lookahead == ':') ADVANCE(33);
      if (lookahead == 'C') ADVANCE(18);
      if (lookahead == '[') ADVANCE(42);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(27);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(aux_sym_table_token1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(30);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(sym_commit);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(sym_commit);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(aux_sym_chain_declaration_token1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(34);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (lookahead == 'I') ADVANCE(40);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (lookahead == 'M') ADVANCE(36);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (lookahead == 'M') ADVANCE(37);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (lookahead == 'O') ADVANCE(38);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (lookahead == 'T') ADVANCE(32);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(41);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(anon_sym_DASHA);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(anon_sym_DASH_DASHappend);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(anon_sym_DASHI);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(anon_sym_DASH_DASHinsert);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(anon_sym_DASHD);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete);
      if (lookahead == '-') ADVANCE(91);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(anon_sym_DASHR);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(anon_sym_DASH_DASHreplace);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(anon_sym_DASHC);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(anon_sym_DASH_DASHcheck);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(anon_sym_DASHN);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(anon_sym_DASH_DASHnew_DASHchain);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(anon_sym_DASH_DASHnew);
      if (lookahead == '-') ADVANCE(88);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(anon_sym_DASHX);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete_DASHchain);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(anon_sym_DASHF);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(anon_sym_DASH_DASHflush);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(anon_sym_DASHL);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(anon_sym_DASH_DASHlist);
      if (lookahead == '-') ADVANCE(145);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(anon_sym_DASHS);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(anon_sym_DASH_DASHlist_DASHrules);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(anon_sym_DASHZ);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(anon_sym_DASH_DASHzero);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(anon_sym_DASHP);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(anon_sym_DASH_DASHpolicy);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(anon_sym_DASHE);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(anon_sym_DASH_DASHrename_DASHchain);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(anon_sym_DASHm);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(anon_sym_DASH_DASHmatch);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(anon_sym_DASHj);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(anon_sym_DASH_DASHjump);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(anon_sym_DASHg);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(anon_sym_DASH_DASHgoto);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(sym_negation);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == '-') ADVANCE(92);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(129);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(117);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(119);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(90);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(120);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(156);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(121);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(161);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(112);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(111);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(100);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(113);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(115);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'd') ADVANCE(45);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 94:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(160);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(131);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(144);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(86);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(49);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(79);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(52);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(50);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(125);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(132);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(146);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(154);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(142);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(148);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(155);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(127);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(61);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(73);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(81);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(82);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(97);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(84);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(147);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(133);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(87);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(134);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(135);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'k') ADVANCE(54);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(158);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(118);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(83);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(105);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(107);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(108);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'm') ADVANCE(140);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'm') ADVANCE(99);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(150);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(80);
      if (lookahead == 'p') ADVANCE(124);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(93);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(56);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(59);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(71);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(67);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(77);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(123);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(153);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(75);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(143);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(124);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(103);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(136);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(159);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(152);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(151);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(65);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(110);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(104);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(63);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(47);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(137);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(98);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(101);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(89);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(128);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(149);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(126);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'w') ADVANCE(57);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'y') ADVANCE(69);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(162);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(aux_sym_string_token1);
      if (lookahead == '#') ADVANCE(165);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(164);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '\\') ADVANCE(165);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(aux_sym_string_token1);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '"' &&
          lookahead != '\\') ADVANCE(165);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(aux_sym_string_token2);
      if (lookahead == '#') ADVANCE(169);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') ADVANCE(168);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '\'') ADVANCE(169);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(aux_sym_string_token2);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\'') ADVANCE(169);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(anon_sym_SQUOTE2);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym_escape_sequence);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(172);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(173);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym__word);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(174);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 0, .external_lex_state = 2},
  [2] = {.lex_state = 26, .external_lex_state = 2},
  [3] = {.lex_state = 26, .external_lex_state = 2},
  [4] = {.lex_state = 26, .external_lex_state = 2},
  [5] = {.lex_state = 26, .external_lex_state = 2},
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
  [27] = {.lex_state = 1},
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
  [39] = {.lex_state = 2, .external_lex_state = 1},
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
  [53] = {.lex_state = 2, .external_lex_state = 1},
  [54] = {.lex_state = 2, .external_lex_state = 1},
  [55] = {.lex_state = 1},
  [56] = {.lex_state = 1},
  [57] = {.lex_state = 5, .external_lex_state = 1},
  [58] = {.lex_state = 2},
  [59] = {.lex_state = 1},
  [60] = {.lex_state = 1},
  [61] = {.lex_state = 0, .external_lex_state = 2},
  [62] = {.lex_state = 8, .external_lex_state = 1},
  [63] = {.lex_state = 0, .external_lex_state = 2},
  [64] = {.lex_state = 4},
  [65] = {.lex_state = 1, .external_lex_state = 1},
  [66] = {.lex_state = 1, .external_lex_state = 1},
  [67] = {.lex_state = 4},
  [68] = {.lex_state = 8, .external_lex_state = 1},
  [69] = {.lex_state = 0, .external_lex_state = 1},
  [70] = {.lex_state = 4},
  [71] = {.lex_state = 4},
  [72] = {.lex_state = 4},
  [73] = {.lex_state = 0, .external_lex_state = 1},
  [74] = {.lex_state = 0, .external_lex_state = 2},
  [75] = {.lex_state = 5},
  [76] = {.lex_state = 0, .external_lex_state = 2},
  [77] = {.lex_state = 0, .external_lex_state = 1},
  [78] = {.lex_state = 0, .external_lex_state = 1},
  [79] = {.lex_state = 0, .external_lex_state = 1},
  [80] = {.lex_state = 0, .external_lex_state = 1},
  [81] = {.lex_state = 1},
  [82] = {.lex_state = 1},
  [83] = {.lex_state = 1},
  [84] = {.lex_state = 0, .external_lex_state = 1},
  [85] = {.lex_state = 0, .external_lex_state = 1},
  [86] = {.lex_state = 5},
  [87] = {.lex_state = 9},
  [88] = {.lex_state = 0, .external_lex_state = 1},
  [89] = {.lex_state = 0, .external_lex_state = 1},
  [90] = {.lex_state = 0, .external_lex_state = 1},
  [91] = {.lex_state = 1},
  [92] = {.lex_state = 1},
  [93] = {.lex_state = 0, .external_lex_state = 1},
  [94] = {.lex_state = 1},
  [95] = {.lex_state = 1},
  [96] = {.lex_state = 9},
  [97] = {.lex_state = 1},
  [98] = {.lex_state = 1},
  [99] = {.lex_state = 26},
  [100] = {.lex_state = 10},
  [101] = {.lex_state = 1},
  [102] = {.lex_state = 1},
  [103] = {.lex_state = 0},
  [104] = {.lex_state = 0},
  [105] = {.lex_state = 0},
  [106] = {.lex_state = 10},
  [107] = {.lex_state = 1},
  [108] = {.lex_state = 0},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 6},
  [111] = {.lex_state = 1},
  [112] = {.lex_state = 26},
  [113] = {.lex_state = 0},
  [114] = {.lex_state = 0},
  [115] = {.lex_state = 0},
  [116] = {.lex_state = 0},
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
    [sym_source_file] = STATE(103),
    [sym_table] = STATE(63),
    [aux_sym_source_file_repeat1] = STATE(63),
    [ts_builtin_sym_end] = ACTIONS(5),
    [anon_sym_STAR] = ACTIONS(7),
    [sym_comment] = ACTIONS(3),
    [sym__line_end] = ACTIONS(9),
  },
  [2] = {
    [sym__table_line] = STATE(78),
    [sym_chain_declaration] = STATE(78),
    [sym_counters] = STATE(43),
    [sym_rule] = STATE(78),
    [sym_chain_command] = STATE(78),
    [sym_option] = STATE(44),
    [aux_sym_table_repeat1] = STATE(4),
    [aux_sym_rule_repeat1] = STATE(44),
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
    [sym__table_line] = STATE(78),
    [sym_chain_declaration] = STATE(78),
    [sym_counters] = STATE(43),
    [sym_rule] = STATE(78),
    [sym_chain_command] = STATE(78),
    [sym_option] = STATE(44),
    [aux_sym_table_repeat1] = STATE(3),
    [aux_sym_rule_repeat1] = STATE(44),
    [ts_builtin_sym_end] = ACTIONS(37),
    [anon_sym_STAR] = ACTIONS(37),
    [sym_commit] = ACTIONS(37),
    [anon_sym_COLON] = ACTIONS(39),
    [anon_sym_LBRACK] = ACTIONS(42),
    [anon_sym_DASHA] = ACTIONS(45),
    [anon_sym_DASH_DASHappend] = ACTIONS(45),
    [anon_sym_DASHI] = ACTIONS(45),
    [anon_sym_DASH_DASHinsert] = ACTIONS(45),
    [anon_sym_DASHD] = ACTIONS(45),
    [anon_sym_DASH_DASHdelete] = ACTIONS(45),
    [anon_sym_DASHR] = ACTIONS(45),
    [anon_sym_DASH_DASHreplace] = ACTIONS(45),
    [anon_sym_DASHC] = ACTIONS(45),
    [anon_sym_DASH_DASHcheck] = ACTIONS(45),
    [anon_sym_DASHN] = ACTIONS(48),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(48),
    [anon_sym_DASH_DASHnew] = ACTIONS(48),
    [anon_sym_DASHX] = ACTIONS(51),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(51),
    [anon_sym_DASHF] = ACTIONS(51),
    [anon_sym_DASH_DASHflush] = ACTIONS(51),
    [anon_sym_DASHL] = ACTIONS(51),
    [anon_sym_DASH_DASHlist] = ACTIONS(51),
    [anon_sym_DASHS] = ACTIONS(51),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(51),
    [anon_sym_DASHZ] = ACTIONS(54),
    [anon_sym_DASH_DASHzero] = ACTIONS(54),
    [anon_sym_DASHP] = ACTIONS(57),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(57),
    [anon_sym_DASHE] = ACTIONS(60),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(60),
    [sym_negation] = ACTIONS(63),
    [sym_option_name] = ACTIONS(66),
    [sym_comment] = ACTIONS(3),
    [sym__line_end] = ACTIONS(69),
  },
  [4] = {
    [sym__table_line] = STATE(78),
    [sym_chain_declaration] = STATE(78),
    [sym_counters] = STATE(43),
    [sym_rule] = STATE(78),
    [sym_chain_command] = STATE(78),
    [sym_option] = STATE(44),
    [aux_sym_table_repeat1] = STATE(3),
    [aux_sym_rule_repeat1] = STATE(44),
    [ts_builtin_sym_end] = ACTIONS(72),
    [anon_sym_STAR] = ACTIONS(72),
    [sym_commit] = ACTIONS(74),
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
    [sym__line_end] = ACTIONS(76),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(37), 7,
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
    ACTIONS(85), 1,
      anon_sym_DQUOTE,
    ACTIONS(87), 1,
      anon_sym_SQUOTE,
    ACTIONS(89), 1,
      sym__word,
    STATE(7), 1,
      aux_sym_option_repeat1,
    STATE(28), 3,
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
    ACTIONS(85), 1,
      anon_sym_DQUOTE,
    ACTIONS(87), 1,
      anon_sym_SQUOTE,
    ACTIONS(89), 1,
      sym__word,
    ACTIONS(93), 1,
      sym_negation,
    STATE(11), 1,
      aux_sym_option_repeat1,
    STATE(28), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(91), 11,
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
    ACTIONS(85), 1,
      anon_sym_DQUOTE,
    ACTIONS(87), 1,
      anon_sym_SQUOTE,
    ACTIONS(89), 1,
      sym__word,
    ACTIONS(97), 1,
      sym_negation,
    STATE(9), 1,
      aux_sym_option_repeat1,
    STATE(28), 3,
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
    ACTIONS(85), 1,
      anon_sym_DQUOTE,
    ACTIONS(87), 1,
      anon_sym_SQUOTE,
    ACTIONS(89), 1,
      sym__word,
    ACTIONS(102), 1,
      sym_negation,
    STATE(11), 1,
      aux_sym_option_repeat1,
    STATE(28), 3,
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
    ACTIONS(85), 1,
      anon_sym_DQUOTE,
    ACTIONS(87), 1,
      anon_sym_SQUOTE,
    ACTIONS(89), 1,
      sym__word,
    ACTIONS(106), 1,
      sym_negation,
    STATE(11), 1,
      aux_sym_option_repeat1,
    STATE(28), 3,
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
    STATE(28), 3,
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
    ACTIONS(85), 1,
      anon_sym_DQUOTE,
    ACTIONS(87), 1,
      anon_sym_SQUOTE,
    ACTIONS(89), 1,
      sym__word,
    ACTIONS(123), 1,
      sym_negation,
    STATE(11), 1,
      aux_sym_option_repeat1,
    STATE(28), 3,
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
    STATE(14), 1,
      aux_sym_option_repeat1,
    ACTIONS(134), 2,
      sym__line_end,
      sym__file_end,
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
  [339] = 8,
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
    ACTIONS(93), 3,
      sym__line_end,
      sym__file_end,
      sym_negation,
    STATE(46), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(91), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [374] = 8,
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
  [409] = 9,
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
    STATE(15), 1,
      aux_sym_option_repeat1,
    ACTIONS(139), 2,
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
    STATE(35), 5,
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
    STATE(33), 5,
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
    STATE(37), 5,
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
    STATE(30), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [764] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(186), 4,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(184), 11,
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
  [787] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(190), 4,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(188), 11,
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
  [810] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(192), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(152), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(26), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [841] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(200), 1,
      sym_negation,
    ACTIONS(203), 1,
      sym_option_name,
    ACTIONS(194), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(206), 2,
      sym__line_end,
      sym__file_end,
    ACTIONS(197), 4,
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
  [872] = 7,
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
    STATE(30), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [903] = 7,
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
    STATE(39), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [934] = 7,
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
    STATE(30), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [965] = 7,
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
    STATE(40), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [996] = 7,
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
    STATE(30), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1027] = 7,
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
    STATE(30), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1058] = 7,
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
    STATE(30), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1089] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(222), 2,
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
  [1120] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(156), 1,
      sym_option_name,
    ACTIONS(150), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(224), 2,
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
    STATE(30), 5,
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
    STATE(42), 2,
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
    ACTIONS(232), 1,
      sym_negation,
    ACTIONS(235), 1,
      sym_option_name,
    STATE(42), 2,
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
    ACTIONS(31), 1,
      sym_negation,
    ACTIONS(33), 1,
      sym_option_name,
    STATE(41), 2,
      sym_option,
      aux_sym_rule_repeat1,
    ACTIONS(238), 10,
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
    ACTIONS(190), 6,
      sym__line_end,
      sym__file_end,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(188), 7,
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
    ACTIONS(186), 6,
      sym__line_end,
      sym__file_end,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(184), 7,
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
  [1445] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(260), 3,
      sym__line_end,
      sym__file_end,
      sym_negation,
    ACTIONS(258), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1463] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(264), 3,
      sym__line_end,
      sym__file_end,
      sym_negation,
    ACTIONS(262), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1481] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 1,
      anon_sym_DQUOTE,
    ACTIONS(87), 1,
      anon_sym_SQUOTE,
    ACTIONS(89), 1,
      sym__word,
    STATE(10), 1,
      aux_sym_option_repeat1,
    STATE(28), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1502] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(85), 1,
      anon_sym_DQUOTE,
    ACTIONS(87), 1,
      anon_sym_SQUOTE,
    ACTIONS(89), 1,
      sym__word,
    STATE(12), 1,
      aux_sym_option_repeat1,
    STATE(28), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1523] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(268), 1,
      anon_sym_LBRACK,
    STATE(62), 1,
      sym_policy,
    STATE(85), 1,
      sym_counters,
    ACTIONS(266), 2,
      anon_sym_DASH,
      aux_sym_policy_token1,
    ACTIONS(270), 2,
      sym__line_end,
      sym__file_end,
  [1544] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(276), 1,
      sym_option_name,
    ACTIONS(272), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(274), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
  [1561] = 6,
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
  [1582] = 6,
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
  [1603] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      ts_builtin_sym_end,
    ACTIONS(280), 1,
      anon_sym_STAR,
    ACTIONS(283), 1,
      sym__line_end,
    STATE(61), 2,
      sym_table,
      aux_sym_source_file_repeat1,
  [1620] = 5,
    ACTIONS(268), 1,
      anon_sym_LBRACK,
    ACTIONS(286), 1,
      aux_sym_chain_declaration_token1,
    ACTIONS(288), 1,
      sym_comment,
    STATE(84), 1,
      sym_counters,
    ACTIONS(290), 2,
      sym__line_end,
      sym__file_end,
  [1637] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(7), 1,
      anon_sym_STAR,
    ACTIONS(292), 1,
      ts_builtin_sym_end,
    ACTIONS(294), 1,
      sym__line_end,
    STATE(61), 2,
      sym_table,
      aux_sym_source_file_repeat1,
  [1654] = 4,
    ACTIONS(288), 1,
      sym_comment,
    ACTIONS(298), 1,
      anon_sym_DQUOTE2,
    STATE(67), 1,
      aux_sym_string_repeat1,
    ACTIONS(296), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1668] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(300), 1,
      sym__word,
    STATE(88), 1,
      sym_chain_name,
    ACTIONS(302), 2,
      sym__line_end,
      sym__file_end,
  [1682] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(300), 1,
      sym__word,
    STATE(73), 1,
      sym_chain_name,
    ACTIONS(302), 2,
      sym__line_end,
      sym__file_end,
  [1696] = 4,
    ACTIONS(288), 1,
      sym_comment,
    ACTIONS(307), 1,
      anon_sym_DQUOTE2,
    STATE(67), 1,
      aux_sym_string_repeat1,
    ACTIONS(304), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1710] = 2,
    ACTIONS(288), 1,
      sym_comment,
    ACTIONS(309), 4,
      sym__line_end,
      sym__file_end,
      aux_sym_chain_declaration_token1,
      anon_sym_LBRACK,
  [1720] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(268), 1,
      anon_sym_LBRACK,
    STATE(90), 1,
      sym_counters,
    ACTIONS(311), 2,
      sym__line_end,
      sym__file_end,
  [1734] = 4,
    ACTIONS(288), 1,
      sym_comment,
    ACTIONS(315), 1,
      anon_sym_DQUOTE2,
    STATE(64), 1,
      aux_sym_string_repeat1,
    ACTIONS(313), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1748] = 4,
    ACTIONS(288), 1,
      sym_comment,
    ACTIONS(319), 1,
      anon_sym_DQUOTE2,
    STATE(72), 1,
      aux_sym_string_repeat1,
    ACTIONS(317), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1762] = 4,
    ACTIONS(288), 1,
      sym_comment,
    ACTIONS(321), 1,
      anon_sym_DQUOTE2,
    STATE(67), 1,
      aux_sym_string_repeat1,
    ACTIONS(296), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1776] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(323), 1,
      sym_number,
    ACTIONS(325), 2,
      sym__line_end,
      sym__file_end,
  [1787] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(327), 3,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_STAR,
  [1796] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(69), 1,
      sym_policy,
    ACTIONS(329), 2,
      anon_sym_DASH,
      aux_sym_policy_token1,
  [1807] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(331), 3,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_STAR,
  [1816] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(309), 3,
      sym__line_end,
      sym__file_end,
      anon_sym_LBRACK,
  [1825] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(5), 1,
      sym__end_of_line,
    ACTIONS(333), 2,
      sym__line_end,
      sym__file_end,
  [1836] = 3,
    ACTIONS(3), 1,
      sym_comment,
    STATE(2), 1,
      sym__end_of_line,
    ACTIONS(335), 2,
      sym__line_end,
      sym__file_end,
  [1847] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(337), 2,
      sym__line_end,
      sym__file_end,
  [1855] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(300), 1,
      sym__word,
    STATE(23), 1,
      sym_chain_name,
  [1865] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(300), 1,
      sym__word,
    STATE(21), 1,
      sym_chain_name,
  [1875] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(339), 1,
      sym__word,
    STATE(75), 1,
      sym_chain_name,
  [1885] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(341), 2,
      sym__line_end,
      sym__file_end,
  [1893] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(343), 2,
      sym__line_end,
      sym__file_end,
  [1901] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(248), 2,
      anon_sym_DASH,
      aux_sym_policy_token1,
  [1909] = 3,
    ACTIONS(288), 1,
      sym_comment,
    ACTIONS(315), 1,
      anon_sym_SQUOTE2,
    ACTIONS(345), 1,
      aux_sym_string_token2,
  [1919] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(325), 2,
      sym__line_end,
      sym__file_end,
  [1927] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(347), 2,
      sym__line_end,
      sym__file_end,
  [1935] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(349), 2,
      sym__line_end,
      sym__file_end,
  [1943] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(351), 1,
      sym__word,
    STATE(97), 1,
      sym_chain_name,
  [1953] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(300), 1,
      sym__word,
    STATE(20), 1,
      sym_chain_name,
  [1963] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(244), 2,
      sym__line_end,
      sym__file_end,
  [1971] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(300), 1,
      sym__word,
    STATE(88), 1,
      sym_chain_name,
  [1981] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(300), 1,
      sym__word,
    STATE(22), 1,
      sym_chain_name,
  [1991] = 3,
    ACTIONS(288), 1,
      sym_comment,
    ACTIONS(319), 1,
      anon_sym_SQUOTE2,
    ACTIONS(353), 1,
      aux_sym_string_token2,
  [2001] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(300), 1,
      sym__word,
    STATE(80), 1,
      sym_chain_name,
  [2011] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(355), 1,
      sym__word,
  [2018] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(298), 1,
      anon_sym_SQUOTE2,
  [2025] = 2,
    ACTIONS(288), 1,
      sym_comment,
    ACTIONS(357), 1,
      aux_sym_table_token1,
  [2032] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(359), 1,
      sym__word,
  [2039] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(361), 1,
      sym__word,
  [2046] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(363), 1,
      ts_builtin_sym_end,
  [2053] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(365), 1,
      anon_sym_COLON,
  [2060] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(367), 1,
      anon_sym_RBRACK,
  [2067] = 2,
    ACTIONS(288), 1,
      sym_comment,
    ACTIONS(369), 1,
      aux_sym_table_token1,
  [2074] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(248), 1,
      sym__word,
  [2081] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(371), 1,
      sym_number,
  [2088] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(373), 1,
      sym_number,
  [2095] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(375), 1,
      sym_option_name,
  [2102] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(377), 1,
      sym__word,
  [2109] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(321), 1,
      anon_sym_SQUOTE2,
  [2116] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(379), 1,
      anon_sym_RBRACK,
  [2123] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(381), 1,
      sym_number,
  [2130] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(383), 1,
      anon_sym_COLON,
  [2137] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(385), 1,
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
  [SMALL_STATE(15)] = 374,
  [SMALL_STATE(16)] = 409,
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
  [SMALL_STATE(28)] = 787,
  [SMALL_STATE(29)] = 810,
  [SMALL_STATE(30)] = 841,
  [SMALL_STATE(31)] = 872,
  [SMALL_STATE(32)] = 903,
  [SMALL_STATE(33)] = 934,
  [SMALL_STATE(34)] = 965,
  [SMALL_STATE(35)] = 996,
  [SMALL_STATE(36)] = 1027,
  [SMALL_STATE(37)] = 1058,
  [SMALL_STATE(38)] = 1089,
  [SMALL_STATE(39)] = 1120,
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
  [SMALL_STATE(54)] = 1463,
  [SMALL_STATE(55)] = 1481,
  [SMALL_STATE(56)] = 1502,
  [SMALL_STATE(57)] = 1523,
  [SMALL_STATE(58)] = 1544,
  [SMALL_STATE(59)] = 1561,
  [SMALL_STATE(60)] = 1582,
  [SMALL_STATE(61)] = 1603,
  [SMALL_STATE(62)] = 1620,
  [SMALL_STATE(63)] = 1637,
  [SMALL_STATE(64)] = 1654,
  [SMALL_STATE(65)] = 1668,
  [SMALL_STATE(66)] = 1682,
  [SMALL_STATE(67)] = 1696,
  [SMALL_STATE(68)] = 1710,
  [SMALL_STATE(69)] = 1720,
  [SMALL_STATE(70)] = 1734,
  [SMALL_STATE(71)] = 1748,
  [SMALL_STATE(72)] = 1762,
  [SMALL_STATE(73)] = 1776,
  [SMALL_STATE(74)] = 1787,
  [SMALL_STATE(75)] = 1796,
  [SMALL_STATE(76)] = 1807,
  [SMALL_STATE(77)] = 1816,
  [SMALL_STATE(78)] = 1825,
  [SMALL_STATE(79)] = 1836,
  [SMALL_STATE(80)] = 1847,
  [SMALL_STATE(81)] = 1855,
  [SMALL_STATE(82)] = 1865,
  [SMALL_STATE(83)] = 1875,
  [SMALL_STATE(84)] = 1885,
  [SMALL_STATE(85)] = 1893,
  [SMALL_STATE(86)] = 1901,
  [SMALL_STATE(87)] = 1909,
  [SMALL_STATE(88)] = 1919,
  [SMALL_STATE(89)] = 1927,
  [SMALL_STATE(90)] = 1935,
  [SMALL_STATE(91)] = 1943,
  [SMALL_STATE(92)] = 1953,
  [SMALL_STATE(93)] = 1963,
  [SMALL_STATE(94)] = 1971,
  [SMALL_STATE(95)] = 1981,
  [SMALL_STATE(96)] = 1991,
  [SMALL_STATE(97)] = 2001,
  [SMALL_STATE(98)] = 2011,
  [SMALL_STATE(99)] = 2018,
  [SMALL_STATE(100)] = 2025,
  [SMALL_STATE(101)] = 2032,
  [SMALL_STATE(102)] = 2039,
  [SMALL_STATE(103)] = 2046,
  [SMALL_STATE(104)] = 2053,
  [SMALL_STATE(105)] = 2060,
  [SMALL_STATE(106)] = 2067,
  [SMALL_STATE(107)] = 2074,
  [SMALL_STATE(108)] = 2081,
  [SMALL_STATE(109)] = 2088,
  [SMALL_STATE(110)] = 2095,
  [SMALL_STATE(111)] = 2102,
  [SMALL_STATE(112)] = 2109,
  [SMALL_STATE(113)] = 2116,
  [SMALL_STATE(114)] = 2123,
  [SMALL_STATE(115)] = 2130,
  [SMALL_STATE(116)] = 2137,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [11] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 3, 0, 1),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(66),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(6),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [37] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0),
  [39] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(106),
  [42] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(108),
  [45] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(92),
  [48] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(94),
  [51] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(65),
  [54] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(66),
  [57] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(83),
  [60] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [63] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(110),
  [66] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [69] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(3),
  [72] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 4, 0, 1),
  [74] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [76] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [78] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0),
  [80] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 1, 0, 4),
  [82] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 1, 0, 4), SHIFT(55),
  [85] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [91] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 2, 0, 9),
  [93] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 2, 0, 9),
  [95] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 2, 0, 7),
  [97] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 2, 0, 7), SHIFT(56),
  [100] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, 0, 16),
  [102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, 0, 16),
  [104] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, 0, 17),
  [106] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, 0, 17),
  [108] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18),
  [110] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18),
  [112] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(70),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(87),
  [118] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(27),
  [121] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 4, 0, 25),
  [123] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 4, 0, 25),
  [125] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 1, 0, 4), SHIFT(60),
  [128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [134] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 1, 0, 4),
  [136] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 2, 0, 7), SHIFT(59),
  [139] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 2, 0, 7),
  [141] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(71),
  [144] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(96),
  [147] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 18), SHIFT_REPEAT(47),
  [150] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [152] = {.entry = {.count = 1, .reusable = false}}, SHIFT(102),
  [154] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [156] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [160] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 2, 0, 6),
  [162] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [164] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 20),
  [166] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [168] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 19),
  [170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [172] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 27),
  [174] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2, 0, 0),
  [176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2, 0, 0),
  [178] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3, 0, 0),
  [180] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3, 0, 0),
  [182] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 13),
  [184] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1, 0, 0),
  [186] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1, 0, 0),
  [188] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_option_repeat1, 1, 0, 8),
  [190] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 1, 0, 8),
  [192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 13),
  [194] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(101),
  [197] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(102),
  [200] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(58),
  [203] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(13),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0),
  [208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 6),
  [210] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 26),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 19),
  [214] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 28),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 20),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 6, 0, 32),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 27),
  [222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 32),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 26),
  [226] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 28),
  [228] = {.entry = {.count = 1, .reusable = false}}, SHIFT(81),
  [230] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0),
  [232] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0), SHIFT_REPEAT(110),
  [235] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [238] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [240] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [242] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_counters, 5, 0, 29),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_counters, 5, 0, 29),
  [246] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_chain_name, 1, 0, 0),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_name, 1, 0, 0),
  [250] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_target, 2, 0, 23),
  [252] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 2, 0, 23),
  [254] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_match, 2, 0, 22),
  [256] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_match, 2, 0, 22),
  [258] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_match, 3, 0, 30),
  [260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_match, 3, 0, 30),
  [262] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_target, 3, 0, 31),
  [264] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 3, 0, 31),
  [266] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [268] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [270] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 2, 0, 5),
  [272] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [274] = {.entry = {.count = 1, .reusable = false}}, SHIFT(111),
  [276] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [278] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [280] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(100),
  [283] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(61),
  [286] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [288] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [290] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 3, 0, 11),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [302] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 1, 0, 3),
  [304] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0), SHIFT_REPEAT(67),
  [307] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0),
  [309] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy, 1, 0, 0),
  [311] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 3, 0, 14),
  [313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [325] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 2, 0, 6),
  [327] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 4, 0, 2),
  [329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [331] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 5, 0, 10),
  [333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 3, 0, 15),
  [339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [341] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 4, 0, 21),
  [343] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 3, 0, 12),
  [345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [347] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 3, 0, 13),
  [349] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 4, 0, 24),
  [351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [353] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [359] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [363] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [373] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [375] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [383] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
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
