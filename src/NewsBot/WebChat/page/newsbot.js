// Connects the official Web Chat widget to the bot's own Direct Line, with a token from the bot's token endpoint
// (the secret never reaches the browser; the token pins the user id).
(async function () {
  'use strict';

  const problem = document.getElementById('problem');

  function report(title, detail) {
    problem.hidden = false;
    problem.innerHTML = '';
    const heading = document.createElement('h2');
    heading.textContent = title;
    problem.appendChild(heading);
    for (const line of detail) {
      const paragraph = document.createElement(line.startsWith('$ ') ? 'pre' : 'p');
      paragraph.textContent = line;
      problem.appendChild(paragraph);
    }
    document.getElementById('webchat').hidden = true;
  }

  if (!window.WebChat) {
    report('The chat widget is not installed', [
      'NewsBot serves the Bot Framework Web Chat widget from the npm package botframework-webchat, installed when the bot is built. ' +
        'The build could not install it (is Node.js with npm installed?). Install it and build again:',
      '$ cd src/NewsBot/ClientApp && npm ci && cd ../../.. && dotnet build NewsBot.sln',
      'Meanwhile the bot answers in the Bot Framework Emulator at /api/messages and to any Direct Line client at /v3/directline.'
    ]);
    return;
  }

  let token;
  try {
    const response = await fetch(new URL('api/directline/token', document.baseURI), { method: 'POST' });
    if (!response.ok) {
      throw new Error('HTTP ' + response.status + ' ' + (await response.text()));
    }
    token = (await response.json()).token;
  } catch (error) {
    report('Could not start a conversation', ['The bot did not hand out a Direct Line token: ' + error.message, 'Reload the page to try again.']);
    return;
  }

  const directLine = window.WebChat.createDirectLine({
    token,
    domain: new URL('v3/directline', document.baseURI).href,
    webSocket: true
  });

  window.WebChat.renderWebChat(
    {
      directLine,
      locale: 'en-US',
      styleOptions: {
        botAvatarInitials: 'NB',
        userAvatarInitials: 'You',
        hideUploadButton: true,
        suggestedActionLayout: 'stacked',
        bubbleMaxWidth: 640
      }
    },
    document.getElementById('webchat')
  );

  document.querySelector('#webchat input[type="text"], #webchat textarea')?.focus();
})();
