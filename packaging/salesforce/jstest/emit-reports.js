'use strict';
// Plays one console session with the fakes and prints every report the link
// wrote, one per line, so that the Python link can check it decodes them
// (tests/unit/console/test_console_reports_python.py). Not a test file itself.
const { startLink, command, drain, BUSY, BREAK, AVAILABLE } = require('./support');

async function main() {
  const t = await startLink({ toolkit: { works: [{ workId: '0BzStart', isEngaged: false }] } });
  const step = async () => t.clock.advance(1000);
  t.empApi.deliver(command(1, 'set_status', BUSY));
  await drain();
  t.toolkit.refuse = { setServicePresenceStatus: 'not allowed' };
  t.empApi.deliver(command(2, 'set_status', BREAK));
  await drain();
  t.toolkit.refuse = null;
  t.empApi.deliver(command(3, 'ping'));
  await step();
  const reasons = ['OmniManualStatusChange', 'OmniPushTimeout', 'OmniDeclineWork', 'OmniSupervisorStatusChange', 'OmniLoginStatusChange', 'OmniToolkitStatusChange'];
  let status = BUSY;
  for (const reason of reasons) {
    status = status === BREAK ? AVAILABLE : BREAK;
    t.link.handleOmniEvent('omniChannelStatusChanged', { statusId: status, reason });
    await step();
  }
  for (const [event, workId] of [['omniChannelWorkAssigned', '0BzA'], ['omniChannelWorkAccepted', '0BzA'], ['omniChannelWorkAccepted', '0BzStart'], ['omniChannelWorkClosed', '0BzA']]) {
    t.link.handleOmniEvent(event, { workId });
    await step();
  }
  t.empApi.deliver(command(4, 'logout'));
  await step();
  // Logouts Salesforce made, each with its reason (lightning:omniChannelLogout).
  for (const reason of ['DuplicateLogin', 'DuplicateLoginInSameBrowser', 'MaintenanceLogout']) {
    t.link.handleOmniEvent('omniChannelLoginSuccess', { statusId: AVAILABLE });
    await step();
    t.link.handleOmniEvent('omniChannelLogout', { reason });
    await step();
  }
  t.link.handleOmniEvent('omniChannelLoginSuccess', { statusId: AVAILABLE });
  await step();
  await t.link.close();
  const texts = [];
  // The fake server keeps parsed reports; re-encode nothing: print what was written.
  for (const text of t.written) texts.push(text);
  process.stdout.write(texts.join('\n') + '\n');
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
  process.exit(1);
});
