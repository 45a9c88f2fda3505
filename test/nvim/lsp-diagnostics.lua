-- Opens one file in headless Neovim (0.7+), attaches the nfrules language server over stdio and writes the
-- diagnostics it publishes for that buffer as JSON. Driven by run.ts through environment variables:
--   NFRULES_SERVER (server script), NFRULES_FILE, NFRULES_LANGUAGE (nftables|iptables), NFRULES_OUT (JSON file).
local server = assert(os.getenv('NFRULES_SERVER'))
local file = assert(os.getenv('NFRULES_FILE'))
local language = assert(os.getenv('NFRULES_LANGUAGE'))
local out = assert(os.getenv('NFRULES_OUT'))

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
-- Neovim sends the filetype as the LSP languageId, which selects the server's dialect.
vim.bo[buf].filetype = language
local uri = vim.uri_from_bufnr(buf)

-- The server publishes quick problems first and says when the complete set is out (nfrules/diagnosticsComplete).
local published = nil
local complete = false
local client_id = vim.lsp.start_client({
  name = 'nfrules',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri then published = result.diagnostics end
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
    ['nfrules/diagnosticsComplete'] = function(_, result)
      if result and result.uri == uri then complete = true end
    end,
  },
})
if not client_id or not vim.lsp.buf_attach_client(buf, client_id) then
  io.stderr:write('nvim: could not start or attach the language server\n')
  vim.cmd('cquit 2')
end

if not vim.wait(20000, function() return complete and published ~= nil end, 20) then
  io.stderr:write('nvim: the complete diagnostics were not published within 20 s\n')
  vim.lsp.stop_client(client_id, true)
  vim.cmd('cquit 3')
end

local in_buffer = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(in_buffer, { code = d.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col })
end
local json = vim.fn.json_encode({ lsp = published, buffer = in_buffer })
vim.fn.writefile({ json }, out)
vim.lsp.stop_client(client_id, true)
vim.cmd('qall!')
