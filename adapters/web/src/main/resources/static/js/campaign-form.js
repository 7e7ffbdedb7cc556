// Campaign form: the token chips insert their token ({first_name}, ...) at the cursor of the message last focused
// (message A until another is focused), and each message shows its characters, encoding and SMS segments as typed:
// GSM-7 160 septets in one segment or 153 per segment beyond (extension characters such as { } [ ] € count twice),
// otherwise UCS-2 70 UTF-16 units in one segment or 67 per segment beyond. Like SmsSegments on the server, a
// two-septet character or a surrogate pair is never split across segments.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('campaign-form');
  if (!form) {
    return;
  }
  const gsmBasic = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§'
    + '¿abcdefghijklmnopqrstuvwxyzäöñüà';
  const gsmExtended = '\f^{}\\[~]|€';

  const count = (text) => {
    const chars = Array.from(text);
    const gsm = chars.every((ch) => gsmBasic.includes(ch) || gsmExtended.includes(ch));
    const widths = chars.map((ch) => (gsm ? (gsmExtended.includes(ch) ? 2 : 1) : ch.length));
    const units = widths.reduce((sum, width) => sum + width, 0);
    const single = gsm ? 160 : 70;
    const part = gsm ? 153 : 67;
    let segments = 0;
    if (units > 0 && units <= single) {
      segments = 1;
    } else if (units > single) {
      segments = 1;
      let used = 0;
      for (const width of widths) {
        if (used + width > part) {
          segments += 1;
          used = 0;
        }
        used += width;
      }
    }
    return { characters: chars.length, encoding: gsm ? 'GSM-7' : 'UCS-2 (Unicode)', segments };
  };

  const messages = Array.from(form.querySelectorAll('textarea.crm-message'));
  let target = messages[0] || null;

  const update = (textarea) => {
    const out = document.getElementById(textarea.dataset.counter);
    if (!out) {
      return;
    }
    const result = count(textarea.value);
    out.textContent = result.characters + (result.characters === 1 ? ' character · ' : ' characters · ')
      + result.encoding + ' · ' + result.segments + (result.segments === 1 ? ' SMS segment' : ' SMS segments');
    out.classList.toggle('text-warning-emphasis', result.segments > 1);
  };

  messages.forEach((textarea) => {
    textarea.addEventListener('input', () => update(textarea));
    textarea.addEventListener('focus', () => {
      target = textarea;
    });
    update(textarea);
  });

  form.querySelectorAll('.crm-token').forEach((chip) => {
    chip.addEventListener('click', () => {
      if (!target) {
        return;
      }
      const token = chip.dataset.token;
      const start = target.selectionStart ?? target.value.length;
      const end = target.selectionEnd ?? target.value.length;
      target.value = target.value.slice(0, start) + token + target.value.slice(end);
      target.focus();
      target.setSelectionRange(start + token.length, start + token.length);
      update(target);
    });
  });
});
