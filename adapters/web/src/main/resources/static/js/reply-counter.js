// Conversation reply form: shows how many characters are typed (of the form's maximum) and how many SMS segments the
// text will be sent as: 160 GSM-7 characters in one segment, 153 per segment beyond that; with any character outside
// GSM-7 (emoji, curly quotes, most accents) 70 UTF-16 units in one segment, 67 per segment beyond that.
document.addEventListener('DOMContentLoaded', () => {
  const body = document.getElementById('reply-body');
  const count = document.getElementById('reply-count');
  if (!body || !count) {
    return;
  }
  const gsmBasic = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§'
    + '¿abcdefghijklmnopqrstuvwxyzäöñüà';
  const gsmExtended = '^{}\\[~]|€\f';
  const max = Number(count.dataset.max) || 1600;

  const segments = (text) => {
    if (text.length === 0) {
      return 0;
    }
    let units = 0;
    let gsm = true;
    for (const ch of text) {
      if (gsmBasic.includes(ch)) {
        units += 1;
      } else if (gsmExtended.includes(ch)) {
        units += 2;
      } else {
        gsm = false;
        break;
      }
    }
    if (!gsm) {
      units = text.length;
      return units <= 70 ? 1 : Math.ceil(units / 67);
    }
    return units <= 160 ? 1 : Math.ceil(units / 153);
  };

  const update = () => {
    const text = body.value;
    const parts = segments(text);
    count.textContent = text.length + ' / ' + max + ' characters · ' + parts + (parts === 1 ? ' SMS segment' : ' SMS segments');
    count.classList.toggle('text-danger', text.length > max);
  };
  body.addEventListener('input', update);
  update();
});
