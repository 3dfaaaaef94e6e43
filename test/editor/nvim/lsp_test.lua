-- Headless Neovim 0.7 as an LSP client of dist/server.js: opens a report, waits for the published
-- diagnostics, asks for a hover, and prints one RESULT line per check for run.mjs to count.
local server = os.getenv('DR_SERVER')
local file = os.getenv('DR_FILE')
local expect_code = os.getenv('DR_EXPECT_CODE')
local expect_count = tonumber(os.getenv('DR_EXPECT_COUNT'))
local hover_line = tonumber(os.getenv('DR_HOVER_LINE'))
local hover_char = tonumber(os.getenv('DR_HOVER_CHAR'))
local hover_expect = os.getenv('DR_HOVER_EXPECT')

local function out(s) io.stdout:write(s .. '\n') end
local function result(ok, name, detail) out(string.format('RESULT %s %s%s', ok and 'pass' or 'fail', name, detail and (' — ' .. detail) or '')) end

local diags
local client_id = vim.lsp.start_client({
  name = 'disclosure-report',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
      diags = res.diagnostics
      return vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
    end,
  },
})
if not client_id then result(false, 'start', 'start_client failed'); vim.cmd('cquit 1') end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'disclosure-report' -- sent as the languageId in didOpen
vim.lsp.buf_attach_client(0, client_id)

local got = vim.wait(15000, function() return diags ~= nil end, 20)
if not got then
  result(false, 'diagnostics', 'none published within 15 s')
else
  local n = 0
  local first
  for _, d in ipairs(diags) do
    if d.code == expect_code then n = n + 1; first = first or d end
    out(string.format('DIAG %d:%d %s %s', d.range.start.line + 1, d.range.start.character + 1, tostring(d.code), d.message))
  end
  result(n == expect_count, 'diagnostics', string.format('%d × %s (expected %d)', n, expect_code, expect_count))
  result(#vim.diagnostic.get(0) == #diags and first ~= nil and first.source == 'disclosure-report', 'vim.diagnostic', string.format('%d in the buffer', #vim.diagnostic.get(0)))
end

local resp = vim.lsp.buf_request_sync(0, 'textDocument/hover', { textDocument = { uri = vim.uri_from_fname(file) }, position = { line = hover_line, character = hover_char } }, 10000)
local text = ''
for _, r in pairs(resp or {}) do if r.result and r.result.contents then text = text .. (r.result.contents.value or '') end end
result(text:find(hover_expect, 1, true) ~= nil, 'hover', (text:gsub('\n', ' ')):sub(1, 200))

vim.lsp.stop_client(client_id)
vim.cmd('qa!')
