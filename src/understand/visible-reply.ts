// Visible reply: the person's own new words, without quoted history, attribution lines, forwarded headers or signatures.
import { compile } from 'html-to-text';
import { fastEdges } from './word-edge.ts';

// Verbs that end a quote attribution ("On … wrote:") in the languages mail clients localise to.
const WROTE =
  /(wrote|writes|a écrit|a ecrit|schrieb|geschrieben|escribió|escribio|escreveu|schreef|het volgende geschreven|ha scritto|scrisse|skrev|kirjoitti|skrifaði|skrifar|pisze|napísal|je napisao|je napisala|je napisal|rašė|rakstīja|kirjutas|написа|έγραψε|menulis|đã viết|のメール|님이 작성|כתב|كتب|napisał\(a\)|napisał|napisala|napisała|написал\(а\)|написал|написала|пише|написав|yazdı|寫道|写道|a scris|írta|napsal|va escriure|escribiu|idatzi du|ysgrifennodd|het geskryf|geskryf|aliandika|sumulat|napisana|작성|ने लिखा|নে লিখেছেন|লিখেছেন|เขียนว่า|نوشت|نے لکھا|писали|撰写|撰寫|書きました|書き込みました|எழுதியது|எழுதினார்|రాశారు|ബരഞ്ഞു|എഴുതി|लिहिले|ਲਿਖਿਆ|લખ્યું|ಬರೆದಿದ್ದಾರೆ|napisao|napsala|napísala|shkroi|напиша|գրել է|დაწერა|жазды|бичсэн|yozdi|wabhala)/i;
// Words that open an attribution line; used to decide whether to try joining a wrapped one.
const ATTRIB_START =
  /^\s*(on|le|am|el|em|op|il|den|þann|d\.|w dniu|dnia|в|у|at|le jeu\.|\d{1,4}[./-]|\d{1,2}\s|[a-zа-яäöüéèçåøæþðá]{2,12}\.?,?\s+\d{1,2}[ .])/i;

// Separator lines clients put above quoted or forwarded mail, in several languages.
const SEPARATOR =
  /^[\s>*_-]*(-{2,}|_{2,}|={2,})?\s*\*?\s*(original message|forwarded message|forwarded by|mensaje original|mensaje reenviado|message d'origine|message original|message transféré|ursprüngliche nachricht|urspruengliche nachricht|ursprüngliche mail|urspruengliche mail|original-nachricht|weitergeleitete nachricht|originalnachricht|messaggio originale|messaggio inoltrato|oorspronkelijk bericht|origineel bericht|mail original|upprunaleg skilaboð|upprunalegt skeyti|元のメッセージ|オリジナル メッセージ|원본 메시지|doorgestuurd bericht|mensagem original|mensagem encaminhada|originalmeddelande|originalt meddelande|ursprungligt meddelande|oprindelig besked|original besked|opprinnelig e-post|vidarebefordrat meddelande|alkuperäinen viesti|opprinnelig melding|videresendt melding|oprindelig meddelelse|videresendt meddelelse|wiadomość oryginalna|oryginalna wiadomość|исходное сообщение|пересланное сообщение|původní zpráva|původní e-mail|pôvodná správa|eredeti üzenet|αρχικό μήνυμα|оригінальне повідомлення|оригинално съобщение|orijinal ileti|özgün ileti|izvorna poruka|izvirno sporočilo|mesaj original|orijinal mesaj|missatge original|pesan asli|eredeti levél|originalus laiškas|algne kiri|початкове повідомлення|изворна порука|原始信息|原始訊息|原邮件|原郵件|オリジナルメッセージ|원본 메일|tin nhắn gốc|ข้อความเดิม|thư gốc|הודעה מקורית|الرسالة الأصلية|ข้อความต้นฉบับ|原始邮件|原始郵件|original appointment|ursprünglicher termin|urspruenglicher termin|rendez-vous d'origine|cita original|appuntamento originale|oorspronkelijke afspraak|compromisso original|ursprunglig avtale|ursprungligt möte|oprindelig aftale|alkuperäinen tapaaminen|oryginalny termin)\s*\*?\s*(-{2,}|_{2,}|={2,})?\s*\*?\s*$/i;
// Cheap pre-check: a separator line always holds one of these words.
const SEP_HINT = /appointment|termin|rendez|cita orig|appuntamento|afspraak|compromisso|avtale|möte|aftale|tapaaminen|메일|原|tin nhắn|повідом|съобщ|порук|üzenet|levél|laišk|kiri|信息|訊息|メッセージ|μήνυμα|ileti|poruka|sporočil|mesaj|missatge|pesan|thư gốc|správa|הודעה|الرسالة|ข้อความ|ursprüngl|urspruengl|messag|mensa|nachricht|bericht|meddel|besked|e-post|viesti|melding|wiadomo|сообщ|zpráv|e-mail|mail orig|skilab|skeyti|メッセージ|메시지|邮件|郵件|forward/i;
const isSeparator = (l: string) => l.length < 120 && ((SEP_HINT.test(l) && SEPARATOR.test(l)) || /^\s*-{3,}\s*original\s*-{3,}\s*$/i.test(l));
// Lotus/HCL Notes' line above the original header block ("Inactive hide details for X <x>---11/23/2026 10:02:11 AM---Hi …")
// and GroupWise's attribution (">>> X <x> 11/23/2026 10:02 AM >>>", the original unquoted below it).
const NOTES_LINE = /^\s*(?:inactive hide details for\s+)?[^\n]{1,120}?-{3}\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AP]M)?\s*-{3}/i;
const GROUPWISE = /^\s*>>>\s+\S.*(?:@|\d).*\s>>>\s*$/;
const BEGIN_FORWARDED = /^\s*(begin forwarded message|début du message réexpédié|anfang der weitergeleiteten nachricht|inicio del mensaje reenviado|inizio messaggio inoltrato|início da mensagem reencaminhada|início da mensagem encaminhada|begin doorgestuurd bericht|vidarebefordrat brev|videresendt besked|videresendt melding|välitetty viesti alkaa|転送されたメッセージ|początek przekazanej wiadomości|начало переадресованного сообщения|začátek přeposlané zprávy|iletilen ileti(?:nin)? başlangıcı|továbbított levél kezdete|αρχή προωθημένου μηνύματος|תחילת ההודעה המועברת|inici del missatge reenviat|awal pesan yang diteruskan|bắt đầu tin nhắn được chuyển tiếp|전달된 메시지|转发的邮件|轉寄的郵件)\s*:?\s*$/i;

// Header names of a quoted message block (Outlook "From:/Sent:/To:/Subject:") in several languages.
const HEADER_FROM = /^[\s>]*\**\s*(from|de|von|da|van|fra|från|frá|od|от|lähettäjä|kimden|afzender|afsender|remetente|mittente|feladó|από|від|від кого|de la|šalje|pošiljatelj|saatja|nuo|odesílatel|מאת|من|จาก|dari|daripada|từ|no|发件人|寄件者|差出人|送信者|보낸 사람)\s*\*?\s*[:：]/i;
const HEADER_ANY =
  /^[\s>]*\**\s*(from|sent|date|to|cc|bcc|subject|reply-to|de|envoyé|envoye|date|à|a|objet|cc|von|gesendet|an|betreff|datum|enviado|fecha|para|asunto|enviada|assunto|data|inviato|oggetto|van|verzonden|aan|onderwerp|datum|fra|sendt|til|emne|från|skickat|till|ämne|od|wysłano|do|temat|от|отправлено|дата|кому|тема|копия|lähettäjä|lähetetty|vastaanottaja|aihe|risposta|kimden|gönderildi|kime|konu|发件人|发送时间|收件人|主题|寄件者|寄件日期|收件者|主旨|frá|efni|afrit|dagsetning|afsender|kopia|kopi|kopio|enviado el|enviada el|enviado em|enviada em|envoyé le|差出人|送信者|送信日時|宛先|件名|日付|보낸 사람|받는 사람|보낸 날짜|날짜|제목|odesláno|komu|předmět|kopie|odoslané|predmet|feladó|elküldve|címzett|tárgy|másolat|dátum|από|στάλθηκε|προς|θέμα|κοιν|ημερομηνία|від|від кого|надіслано|копія|de la|trimis|către|subiect|šalje|poslano|prima|pošiljatelj|prejemnik|zadeva|изпратено|относно|saatja|saadetud|adressaat|teema|מאת|נשלח|אל|נושא|من|أرسل|إلى|الموضوع|จาก|ส่ง|ถึง|เรื่อง|enviat|per a|assumpte|dari|daripada|dikirim|dihantar|kepada|perihal|subjek|tanggal|từ|đã gửi|đến|chủ đề|ngày|nuo|išsiųsta|kam|poslato|za|nosūtīts|tēma|datums)\s*\*?\s*[:：]/i;

// Mobile and client boilerplate that ends a reply ("Sent from my iPhone" and its cousins).
const MOBILE_SIG =
  /^\s*[(<]*\s*(sent from (my|mail|yahoo|outlook|windows|mailbox|samsung|gmail|aol|proton|fastmail|zoho|spark|bluemail|edison|airmail|icloud|gmx|tutanota|a |an |the (?:all[- ]new |free )?(?:aol|yahoo|outlook|gmail|mail|proton)\b)|(enviado|enviada|envoyé|inviato|verzonden|verstuurd|skickat|sendt|gesendet|lähetetty) (desde|de|da|dal|depuis|com|con|do|von|met|vanaf|från|fra|mit) (yahoo|outlook|gmail|aol|proton|samsung|mail)|((get|obtener|obtenir|obter|hämta|hent|scarica|hanki|pobierz|baixe|descargar|télécharger)( o| el| l'| the)? ?)?outlook (for|para|pour|per|för|til|für|voor|dla|fyrir) (ios|android)( (herunterladen|downloaden|lataa))?(\s*<[^<>\s]*>)?\s*$|sent (via|with|using|by|on) |envoyé (de|depuis) (mon|ma|l')|envoyé avec|von meinem|gesendet von|envoyé à partir d|envoyé à partir de|enviado (desde|do|de) (mi|meu|o|el|my)|enviado com|enviado con|verzonden (met|vanaf|van)|inviato da|skickat från|sendt fra|sent úr|verstuurd (vanaf|met|van|via)|lähetetty (iphone|ipad|android|samsung|mobiili|puhelime)|lähetetty|sent with (proton|sparrow|spark|superhuman|blackberry)|(iphone|ipad|android|galaxy)\s?から送信|发自我的|發自我的|iphone에서 보냄|wysłane z|отправлено (с|из)|从我的|從我的|get outlook for|get \[outlook|download outlook|diese nachricht wurde von meinem|someone from mobile|from my (iphone|ipad|android|mobile|phone|samsung|galaxy)|sent by galaxy|sent from a phone|sent from mobile)/i;
// "Sent from my iPhone" in any language: a short line with a "sent" word and a device name.
const SENT_WORD = /(?<!\p{L})(?:sent|envoyé|enviado|enviada|enviat|inviato|verzonden|verstuurd|gesendet|skickat|sendt|lähetetty|wysłane|odesláno|odoslané|poslano|poslané|poslato|trimis|küldve|gönderildi|gönderilmiştir|dikirim|dihantar|ipinadala|saadetud|nosūtīts|išsiųsta|bidalia|anfonwyd|послато|послано)(?!\p{L})|ارسال شده از|στάλθηκε|отправлено|надіслано|изпратено|נשלח|أرسلت|أُرسلت|مرسل من|ส่งจาก|gửi từ|भेजा गया|から送信|에서 보냄/iu;
const DEVICE = /iphon|ipad|android|galaxy|blackberr|samsung|huawei|xiaomi|redmi|oneplus|motorola|xperia|갤럭시|아이폰|\b(?:pixel|smartphone|mobile|mobil|móvil|celular|telemóvel|handy|tablet)\b/i;
// "Get Outlook for Android" in any language: "Ottieni Outlook per Android", "Stáhněte si Outlook pro iOS", "Android için Outlook'u edinin".
const OUTLOOK_MOBILE = /^(?=.{0,70}$)(?:\S+\s+){0,3}outlook\S*\s+(?:\S+\s+){0,2}(?:ios|android)\b[^.!?]*$|^(?=.{0,70}$)(?:\S+\s+){0,2}(?:ios|android)\s+\S+\s+outlook/i;
// A sentence of the person's own ("I sent the photos from my iPhone") opens with a pronoun.
const PRONOUN_START = /^(?:i|we|he|she|they|you|ich|wir|je|nous|yo|eu|nós|io|noi|ik|wij|jag|vi|jeg|minä|me|ja|my|я|мы)\s/i;
const isMobileSig = (l: string): boolean => {
  if (MOBILE_SIG.test(l)) return true;
  const t = l.trim();
  if (t.length > 80) return false;
  const device = DEVICE.test(t);
  if ((device || /\bwindows\b/i.test(t)) && wordCount(t) <= (device ? 9 : 7) && !PRONOUN_START.test(t)) {
    // The "sent" word opens the line ("Dikirim dari iPhone saya", "Được gửi từ …") or closes it ("iPhone'umdan gönderildi").
    const m = SENT_WORD.exec(t);
    if (m && (m.index <= 12 || m.index + m[0].length + 8 >= t.replace(/[\s.!。]+$/, '').length || DEVICE.exec(t)?.index === 0)) return true;
  }
  // "Skaffa Outlook för Android<https://aka.ms/…>": the client's link glued to its line.
  return /outlook/i.test(t) && OUTLOOK_MOBILE.test(t.replace(/\s*<[^<>\s]{1,80}>$/, ''));
};
const GLUED_MOBILE = /(?<=\S)\s+((?:sent from my|enviado desde mi|envoyé de mon|envoyé depuis mon|von meinem|gesendet von meinem|inviato dal mio|verstuurd vanaf mijn|verzonden vanaf mijn|skickat från min|sendt fra min|enviado do meu)\s[^.!?]{2,40})$/i;
// A sign-off and name after the last sentence on the same line (the tail is checked with signOff).
const GLUED_SIGN_OFF = /[.!?]\s+([\p{Lu}][^.!?]{2,24},\s*[^,]{2,40}?)\s*$/u;
// A "Sent from my …" line that is really a sentence ("Sent from my desk, is much easier …").
const MOBILE_SIG_FALSE = /^\s*sent from my (desk|home|office|computer|laptop|house|bed|car)\b.*,/i;

// Closing words that start a sign-off block ("Thanks,\nMarco").
const SIGN_OFF_WORD =
  /^\s*[-–—]?\s*(?:with\s+)?(god bless(?: you(?: all)?)?|wishing(?= (?:you|the|everyone|everybody|all|y['’]all|the project|your)\b)|(?:every|all|with all|all good|every good|good|warm|warmest|fond|kind|kindest) (?:good )?wish(?:es)?|fond regards|mise le meas|le meas|le dea-ghuí|go raibh (?:m[íi]le )?maith agaibh(?: go l[ée]ir)?|go raibh (?:m[íi]le )?maith agat|jazak ?allah(?: khair(?:an)?)?|beannachtaí|slán(?: go fóill)?|cofion(?: gorau| cynnes)?|yn gywir|yours in (?:christ|faith|service|the lord|peace|solidarity|the struggle|community)|in christ|in (?:his|christ(?:'|’)s|god(?:'|’)s|the lord(?:'|’)s|the master(?:'|’)s|our lord(?:'|’)s) (?:service|name|love|grace|peace|vineyard)|in (?:faith|service|fellowship) and (?:love|service|hope|prayer)|peace (?:and|&) (?:love|blessings)|shalom|salaam|wassalam|ng[āa] mihi(?: nui)?(?: ki a koutou)?|n[āa]ku noa(?:,?\s*n[āa])?|heoi an[oō]|m[āa] te w[āa]|a hui hou(?: k[āa]kou| aku)?|me ke aloha(?: pumehana)?|aloha(?: pumehana| nui(?: loa)?)|noho ora mai|mauri ora|waheguru ji ka khalsa|stay blessed|be blessed|blessings|in solidarity|respectfully(?: yours)?|respect|gratitude|yours faithfully|gratefully|thanks( again| so much| a lot| in advance| (?:and|&) regards)?|thank you( (so|very) much)?( again)?|many thanks|regards (?:and|&) thanks|thx|ty|cheers|best regards|best wishes|best|kind regards|warm regards|warmest regards|warmly|regards|all the best|all best|sincerely( yours)?|yours( truly| sincerely| ever| aye| affectionately| cordially)?|ever yours|affectionately|take care|talk soon|see you( soon| there)?|love|hugs|ciao|cordialement|bien (à vous|cordialement)|amicalement|amitiés|bien amicalement|meilleures salutations|salutations|bonne journée|merci( beaucoup)?|bises|à bientôt|a bientot|mit freundlichen grüßen|mit freundlichen grüssen|mit besten grüßen|freundliche grüße|freundliche grüsse|viele grüße|viele grüsse|liebe grüße|liebe grüsse|beste grüße|beste grüsse|herzliche grüße|schöne grüße|grüße|grüsse|gruß|gruss|lg|vg|mfg|danke|xo|xoxo|xx|saludos( cordiales)?|salud|un saludo( cordial)?|un cordial saludo|un abrazo|abrazos|cordialmente|atentamente|gracias|abraços?|abs|bjs|bjos|atenciosamente|cumprimentos|(?:com (?:os )?(?:meus )?)?melhores cumprimentos|com (?:os )?(?:meus )?cumprimentos|beijos|obrigad[oa]|groeten|met vriendelijke groet(en)?|vriendelijke groet(en)?|hartelijke groet(en)?|met hartelijke groet(en)?|groetjes|mvg|vriendelike groete|beste groete|hartlike groete|baie groete|groete|baie dankie|dankie|mooi bly|alles van die beste|bedankt|cordiali saluti|distinti saluti|saluti|grazie|un saluto|un caro saluto|a presto|hälsningar|vänliga hälsningar|med vänliga hälsningar|med vänlig hälsning|vänlig hälsning|bästa hälsningar|mvh|med vennlig hilsen|vennlig hilsen|beste hilsen|med venlig hilsen|hilsen|venlig hilsen|de bedste hilsner|bedste hilsner|kærlig hilsen|ystävällisin terveisin|parhain terveisin|terveisin|bestu kveðjur|kær kveðja|með kveðju|kveðja|pozdrawiam(?: serdecznie)?|s pozdravem|s pozdravom|s přáním hezkého dne|srdečně|s úctou|üdvözlettel|cu stimă|srdačan pozdrav|lep pozdrav|saygılarımla|с наилучшими пожеланиями|hormat saya|trân trọng|감사합니다|pozdrowienia|dziękuję|с уважением|спасибо|всего доброго|مع (?:خالص )?(?:التحيات|تحياتي)|تحياتي|مع الشكر|بالتوفيق|בברכה|בתודה|תודה רבה|धन्यवाद|सादर|ด้วยความนับถือ|ขอบคุณ(?:ครับ|ค่ะ|มาก)?|thân mến|trân trọng cảm ơn|terima kasih|salam hangat|hormat kami|salam|teşekkürler|sevgiler|iyi çalışmalar|με εκτίμηση|φιλικά|ευχαριστώ|با احترام|با سپاس|з повагою|дякую|поздрави|pozdrav|děkuji|díky|köszönöm|cu stimă|cu drag|salutări|cordialment|salutacions|gràcies|serdecznie pozdrawiam|serdeczne pozdrowienia|z poważaniem|tack(?: så mycket)?|tusen tack|mange tak|tusen takk|takk|kiitos|dank je(?: wel)?|dankjewel|hartelijk dank|have a (?:great|good|nice|lovely|wonderful) (?:day|week|weekend|evening)|schönen (?:tag|abend)|buen día|buona giornata|fijne dag|br|kr|rgds|よろしくお願いします|よろしくお願いいたします|よろしくお願い致します|宜しくお願いします|宜しくお願い致します|宜しくお願いいたします|敬具|谢谢|謝謝|此致|祝好)\s*[,.!。！、،]*\s*/i;
// What joins a second, wishing closing to the first: "… und weiterhin viel Erfolg", "… and good luck with it all".
const CLOSE_AND_WISH = /^\s*(?:and|&|und|et|y|e|en|och|og)\s+\S/i;
// The name after closing words on one line: "Sam", "Sam Lee", "Sam (Director)".
// A title or two may lead it: "Rev. Canon Peter Aldous", "Cllr Jo Bell".
const SIGN_OFF_NAME = /^(?:(?:Rev|Revd|Canon|Fr|Dr|Mr|Mrs|Ms|Miss|Sr|Prof|Cllr|Hon|Sister|Brother|Father|Mother|Pastor|Deacon|Elder)\.?\s+){0,2}[\p{Lu}][\p{L}'.-]*(\s+[\p{Lu}][\p{L}'.-]*){0,2}(\s*\([^()]{1,40}\))?\s*[,.!。]*$/u;
// Closing words sent from a place: "Viele Grüße aus Berlin", "Saludos desde Quito".
const SIGN_OFF_PLACE = /^(aus|from|de|desde|da|dalla|från|fra|van|uit|z|из|frá)\s+[\p{Lu}][\p{L}'.-]*(\s+[\p{Lu}][\p{L}'.-]*){0,2}\s*[,.!]*$/u;
// A sign-off line: closing words, then at most a name ("Cheers, Jo").
export const signOff = (l: string): { named: boolean } | null => {
  const m = SIGN_OFF_WORD.exec(l);
  if (!m) return null;
  // An emoji or emoticon after the closing or the name ("Cheers 🙂", "Sam :)") changes nothing.
  let rest = l.slice(m[0].length).replace(EMOJI_TAIL, '').trim();
  // "Üdvözlettel:" ends in a colon in some languages.
  if (rest === ':') rest = '';
  if (!rest) return { named: false };
  // Bilingual closings: "Mit freundlichen Grüßen / Kind regards"; Scandinavian "Mvh /Sam".
  if (/^[/|]/.test(rest)) return signOff(rest.slice(1)) ?? (SIGN_OFF_NAME.test(rest.slice(1).trim()) ? { named: true } : null);
  // Two closings joined: "Thank you and best regards,", "Merci et bonne journée,".
  const and = /^(?:and|&|und|et|y|e|en|och|og|i|a)\s+/i.exec(rest);
  if (and) return signOff(rest.slice(and[0].length));
  if (SIGN_OFF_PLACE.test(rest)) return { named: false };
  // A courtesy particle after the closing: Tagalog "God bless po!", Hindi/Punjabi "Dhanyavaad ji", Malay "Terima kasih ya".
  if (/^(?:po|ho|ji|jee|ya|lah|la|ah|na)\s*[,.!。]*$/iu.test(rest)) return { named: false };
  return SIGN_OFF_NAME.test(rest) ? { named: true } : null;
};

const EMOJI_TAIL = /(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D|[:;]-?[)D(pP]|<3))+\s*$/u;

// "> text", and usenet-style "Name> text".
const QUOTE = /^\s*(\p{Lu}{1,3})?>(\s|>|$)/u;
// "-- " (RFC 3676) and the bare "--" many clients send; an em dash alone is too often decoration.
const SIG_DASHES = /^\s*--\s*$/;
// A line of only punctuation or symbols ("____", "***", "ᐧ") at the end of a reply.
const DELIMITER = /^[\s\p{P}\p{Sm}\u1427\u2500-\u257f]*$/u;

export interface ReplyLine {
  text: string; // without the quote marker for quoted lines
  quoted: boolean;
  raw: string; // the line as written, quote markers included
  /** Quoted line of the block right under a dropped "On … wrote:" line (a bottom-posted reply's quote). */
  underAttribution?: boolean;
  /** Quoted line kept from a longer quote whose other parts were skipped (the digest message a person answers). */
  keptFromLonger?: boolean;
}

// Gmail's collapsed-quote markers, copied along with the text ("[Quoted text hidden]", "- Show quoted text -").
const QUOTE_HIDDEN = /^\s*[-[(]?\s*(?:quoted text hidden|show quoted text|hide quoted text|texto citado oculto|mostrar texto citado|texte des messages précédents masqué|afficher le texte des messages précédents|zitierten text anzeigen|zitierten text ausblenden|testo citato nascosto|geciteerde tekst verborgen)\s*[-\])]?\s*$/i;

/** The visible reply as lines; quoted lines are kept where new text follows them (inline answers). */
function bodyLines(text: string, html?: string | null): string[] {
  let body = text ?? '';
  // An empty text part, or one that only says to read the HTML part ("Please see the HTML version"): read the HTML.
  if (html && (!body.trim() || (body.length < 300 && HTML_PLACEHOLDER.test(body)))) body = htmlToText(html);
  else if (looksLikeHtml(body)) body = htmlToText(body);
  return mendWrappedQuotes(bareQuotes(dropBanners(dropFooters(helpDeskLatest(dropPlaceholders(dropPgpArmor(normalize(body).split('\n'))))))));
}

/** The message the person answered, as quoted under their reply (the lines after the cut), without the quote marks. */
export function quotedHistory(text: string, html?: string | null): string[] {
  const lines = bodyLines(text, html);
  const end = cutIndex(lines, new Set<number>(), new Set<number>());
  return lines.slice(end).map((l) => l.replace(/^\s*((\p{Lu}{1,3})?>\s?)+/u, ''));
}

export function visibleLines(text: string, html?: string | null): ReplyLine[] {
  const lines = bodyLines(text, html);
  const marks = new Set<number>();
  const skip = new Set<number>();
  const end = cutIndex(lines, marks, skip);
  const kept: { l: string; under: boolean }[] = [];
  let under = false;
  for (let i = 0; i < end; i++) {
    if (marks.has(i)) {
      under = true;
      continue;
    }
    if (skip.has(i)) continue;
    const l = lines[i]!;
    if (l.length < 60 && QUOTE_HIDDEN.test(l)) continue;
    if (!QUOTE.test(l) && l.trim()) under = false;
    kept.push({ l, under: under && QUOTE.test(l) });
  }
  // A client's footer ("Sent from Mail for Windows") where the new text was cut: the name typed above it stays.
  const footerCut = end < lines.length && isMobileSig(lines[end]!);
  const trimmed = trimSignature(dropFooters(kept.map((k) => k.l), true), footerCut);
  // Answers typed into the unquoted original under a tag ("[Raj] …"): the question as a quote, then the answer.
  if (end < lines.length && trimmed.some((l) => l.trim() && !QUOTE.test(l))) {
    const answers = taggedAnswers(lines, end, trimmed);
    // Or in a colour the person named ("my answers in red below"), which only the HTML part still shows.
    if (!answers.length && html) answers.push(...colouredAnswers(lines, end, trimmed, html));
    for (const { q, a } of answers) {
      trimmed.push('');
      if (q) trimmed.push('> ' + q.trim());
      trimmed.push(a);
    }
  }
  const out: ReplyLine[] = [];
  // Quoted lines survive only when the person wrote something after them.
  let lastText = -1;
  trimmed.forEach((l, i) => {
    if (!QUOTE.test(l) && l.trim()) lastText = i;
  });
  // "Answers inside your message below." and then only the quote: the answers are typed into it, so it stays.
  const own = trimmed.filter((l) => !QUOTE.test(l) && l.trim());
  if (own.length === 1 && INSIDE_CUE.test(own[0]!) && lastText >= 0 && trimmed.slice(lastText + 1).some((l) => QUOTE.test(l) && l.replace(/^[\s>]+/, '').trim())) {
    lastText = trimmed.length - 1;
    while (lastText > 0 && !trimmed[lastText]!.replace(/^[\s>]+/, '').trim()) lastText--;
  }
  for (let i = 0; i <= lastText; i++) {
    const l = trimmed[i]!;
    if (QUOTE.test(l)) out.push({ text: l.replace(/^\s*((\p{Lu}{1,3})?>\s?)+/u, ''), quoted: true, raw: l, underAttribution: kept[i]?.under ?? false, ...(skip.size ? { keptFromLonger: true } : {}) });
    else out.push({ text: l, quoted: false, raw: l });
  }
  while (out.length && !out[0]!.text.trim()) out.shift();
  // A message that is nothing but a quote (no attribution, no header) is shown as it is.
  if (!out.length && end === lines.length && !marks.size && lines.some((l) => l.trim()) && lines.every((l) => !l.trim() || QUOTE.test(l))) {
    for (const l of lines) if (l.trim() || out.length) out.push({ text: l.replace(/^\s*((\p{Lu}{1,3})?>\s?)+/u, ''), quoted: true, raw: l });
  }
  return out;
}

/** The person's own new words as plain text. */
export function visibleReply(text: string, html?: string | null): string {
  return visibleReplyOf(visibleLines(text, html));
}

/** `visibleReply` from lines already computed by `visibleLines` (saves a second pass). */
// Words of the organiser's ask: a quoted line with them is the organiser's, not something the person is answering.
const ASK_WORDS = /\b(?:you said|you(?:'|’)d|you told|you mentioned|you promised|one small thing|small thing|commit\w*|wish\w*|offer\w*|need\w*|reply|hold you to|next step|counts|klatch|klatsch|sprint|democamp|drumbeat)\b/i;
// One question: a single sentence ending in "?" (no header, no nested quote, nothing after the question mark).
const SINGLE_QUESTION = /^(?![>\s]*(?:from|de|von|van|da|od|från|fra)\s*:)(?:[^?.!>]|\.(?=\S)){3,200}[?？]\s*$/iu;
export function visibleReplyOf(input: ReplyLine[]): string {
  let lines = input;
  // A bottom-posted reply (one quote under "On … wrote:", then the answer) shows the answer only;
  // interleaved questions and answers keep their quotes, as the answers need them.
  const blocks = lines.filter((l, i) => l.quoted && !lines[i - 1]?.quoted).length;
  const first = lines.findIndex((l) => l.quoted);
  if (blocks === 1 && lines[first]?.underAttribution && !lines.slice(0, first).some((l) => l.text.trim())) lines = lines.filter((l) => !l.quoted);
  // A line of the organiser's quoted back on top with no attribution (> "even one small thing counts", > We'll hold you
  // to it :)) and the answer under it: the quote is the organiser's words, not the person's, unless it asks something.
  else if (blocks === 1 && first >= 0 && !lines.slice(0, first).some((l) => l.text.trim())) {
    const q = lines.filter((l) => l.quoted && l.text.trim());
    const own = lines.some((l) => !l.quoted && l.text.trim());
    if (q.length >= 1 && q.length <= 2 && !q.some((l) => l.text.includes('?')) && q.some((l) => ASK_WORDS.test(l.text)) && own) lines = lines.filter((l) => !l.quoted);
    // One short question quoted back on top and the answer under it (a bottom-posted reply without its "On … wrote:"):
    // the question is quoted history, as under an attribution; answers between several quoted questions keep theirs, and
    // so does the one message of a digest the person answers (round 13).
    else if (own && q.length >= 1 && q.length <= 2 && !q.some((l) => l.keptFromLonger) && SINGLE_QUESTION.test(q.map((l) => l.text.trim()).join(' '))) lines = lines.filter((l) => !l.quoted);
  }
  return lines
    .map((l) => l.raw)
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 2000).trimStart();
  return /^(<!doctype|<html|<head|<body|<div|<p[\s>]|<meta|<table|<span|<br|<blockquote|<style|<o:p)/i.test(head) || (/<\/(div|p|html|body)>/i.test(head) && (head.match(/<[a-z]/gi)?.length ?? 0) > 5);
}

// Quoted history inside HTML lives in known containers; drop them before turning the rest into text.
// Outlook (desktop and web) puts everything after its reply header inside or after these markers.
const CUT_MARKERS = [
  /<div[^>]*id=["']?divRplyFwdMsg/i,
  /<div[^>]*id=["']?appendonsend/i,
  /<div[^>]*id=["']?mail-editor-reference-message-container/i,
  /<div[^>]*class=["']?(gmail_quote|gmail_attr|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader|protonmail_quote)/i,
  /<span[^>]*id=["']?OLK_SRC_BODY_SECTION/i,
  /<blockquote[^>]*type=["']?cite/i,
  /<div[^>]*style=["'][^"']*border-top:\s*solid\s*#(E1E1E1|B5C4DF)[^"']*["']/i,
];
// Text of the person's own after a closing </blockquote> (an answer under a quoted question), tags and spaces skipped.
const TEXT_AFTER_QUOTE = /<\/blockquote>(?:\s|&nbsp;|<(?!blockquote)[^>]*>)*(?:[^<\s&]|&(?!nbsp;))/i;
// A tag that opens a line of text inside the original: ">[Raj] …", "<br>[RM] …".
const TAG_IN_HTML = />\s*(?:\[[\p{Lu}][\p{L} .'’-]{0,20}\]|&lt;&lt;[\p{Lu}][\p{L} .'’-]{0,20}&gt;&gt;)\s*[^\s<]/u;
const BASE_SELECTORS = [
  { selector: 'a', options: { ignoreHref: true } },
  { selector: 'img', format: 'skip' },
  { selector: 'style', format: 'skip' },
  { selector: 'head', format: 'skip' },
  { selector: 'h1', options: { uppercase: false } },
  { selector: 'h2', options: { uppercase: false } },
  { selector: 'h3', options: { uppercase: false } },
  { selector: 'table', format: 'dataTable' },
  { selector: 'hr', format: 'skip' },
  // Elements no client shows: preheaders and tracking spans hidden with display:none.
  ...['[style*="display:none"]', '[style*="display: none"]', '[style*="DISPLAY:none"]', '[style*="display:None"]', '[style*="visibility:hidden"]', '[style*="visibility: hidden"]', '[hidden]'].map((selector) => ({ selector, format: 'skip' })),
  // Signature containers the clients mark as such.
  ...['div.gmail_signature', 'span.gmail_signature_prefix', 'div.moz-signature', 'pre.moz-signature', 'div#Signature', 'div.protonmail_signature_block', 'div#ymail_android_signature', 'div#ymail_iphone_signature', 'div#ms-outlook-mobile-signature', 'div#AppleMailSignature'].map((selector) => ({ selector, format: 'skip' })),
  // Word's paragraphs have no margin: one line each, as Outlook shows them (a signature stays one block).
  { selector: 'p.MsoNormal', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
  { selector: 'p.MsoPlainText', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
];
// Compiled once: the reply above the quote (quotes skipped), and the whole thread with quotes as "> " lines.
const replyOnly = compile({ wordwrap: false, selectors: [...BASE_SELECTORS, { selector: 'blockquote', format: 'skip' }] });
const withQuotes = compile({ wordwrap: false, selectors: [...BASE_SELECTORS, { selector: 'blockquote', options: { trimEmptyLines: true } }] });

export function htmlToText(html: string): string {
  let cut = html.length;
  for (const re of CUT_MARKERS) {
    const m = re.exec(html);
    if (m && m.index < cut) cut = m.index;
  }
  // Answers typed between quoted blocks (in a known container or a bare <blockquote>): keep the thread, quotes
  // marked "> ", and let the line rules sort it out.
  const tail = cut < html.length ? html.slice(cut) : html;
  if (TEXT_AFTER_QUOTE.test(tail)) return withQuotes(html);
  // Answers tagged inside the original ("[Raj] …") under an Outlook header: the line rules pick them out.
  if (cut < html.length && TAG_IN_HTML.test(tail)) return replyOnly(html);
  return replyOnly(html.slice(0, cut));
}

// UTF-8 read as Latin-1 / Windows-1252 by a mislabelled part ("cafÃ©", "Iâ€™ll"): two or three such characters per letter.
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€/;
const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f };
const NOT_BYTE = /[^\u0000-\u00ff]/g;
const STILL_WIDE = /[^\u0000-\u00ff]/;

/** Undo UTF-8 that was decoded as Latin-1 or Windows-1252; text that does not round-trip cleanly is left alone. */
export function repairMojibake(s: string): string {
  if (!MOJIBAKE.test(s)) return s;
  const bytes = s.replace(NOT_BYTE, (c) => (c in CP1252 ? String.fromCharCode(CP1252[c]!) : c));
  if (STILL_WIDE.test(bytes)) return s;
  const out = Buffer.from(bytes, 'latin1').toString('utf8');
  return out.includes('\ufffd') ? s : out;
}

function normalize(s: string): string {
  return repairMojibake(s)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    // Full-width quote marks (Japanese mobile mail): "＞ …" is "> …".
    .replace(/^[ \t]*(?:＞[ \t]?)+/gm, (m) => m.replace(/＞/g, '>'));
}

const isBlank = (l: string | undefined) => !l || !l.trim();

// A text part that only points at the HTML part ("Please see the HTML version", "Please view it in an HTML-capable client").
const HTML_PLACEHOLDER = /\bmulti-?part message in mime format\b|\b(?:view|read|open)\b.{0,40}\b(?:in (?:your|a) (?:web )?browser|as a web ?page|online)\b|\b(?:is|only|written|formatted|sent)(?: \w+)? (?:in|as) html\b|\bhtml[- ]only\b|\bhtml[- ](?:version|capable|compatible|format|enabled|content|e-?mail|message|viewer|reader)|\b(?:view|read|see|open)\b.{0,40}\bhtml\b|\bhtml\b.{0,40}\b(?:view|read|display)/i;
// "Answers inside your message below.": the person typed the answers into the quote.
const INSIDE_CUE = /^(?=.{0,100}$).*\b(?:answers?|replies|comments?|responses?|antworten|réponses?|respuestas?|risposte|antwoorden|svar)\b.{0,40}\b(?:inside|within|in(?:to)? (?:your|the) (?:message|mail|e-?mail|text|quote)|inline|in-line|interleaved|(?:below|underneath)\s+in\s+(?:blue|red|green|purple|orange|bold|caps|capitals|upper-?case|italics?)|in\s+(?:blue|red|green|purple|orange|bold|caps|capitals|upper-?case|italics?)\s+below)\b/i;

// Gateway warnings that mail systems put above the message ("CAUTION: This email originated from outside of the
// organization…", "You don't often get email from x@y. Learn why this is important", "[EXTERNAL] …").
const BANNER =
  /^\s*(?:\[?\**\s*(?:external|caution|warning|attention|notice|ext)\b[^\]:]{0,20}\]?\**\s*[:!\-–—]?\s*)?.{0,60}(?:originated (?:from )?outside|from outside (?:of )?(?:the|your|our|this)\b|(?:sent|came|comes|originated) from (?:someone|somebody|a sender|a person) outside\b|\b(?:e-?mail|message|sender)\b.{0,40}\boutside (?:of )?(?:the|your|our|this) (?:organi[sz]ation|university|company|college|school|district|institution|agency|network|firm|hospital|county|city)\b|external (?:sender|email|e-mail|message)|sent from outside|you don['’]t often get (?:e-?mail|messages) from|do not click (?:on )?links|learn why this is important|some people who received this message don['’]t often get email)/i;
const BANNER_HINT = /outside|external|often get|click|learn why|caution|\[ext/i;
// Besides a gateway's phrase, a banner names the message, its sender, links or attachments, or opens with a warning word.
const BANNER_SIGNAL = /^\s*\[?\**\s*(?:external|caution|warning|attention|notice|ext)\b|\b(?:this|the) (?:e-?mail|message)\b|\bsender\b|\blinks?\b|\battachments?\b|often get|learn why|\bexternal\b/i;
const BANNER_WARNING = /\b(?:caution|links|attachments|suspicious|phishing|outside)\b/i;
// A gateway's line under the message: "This message came from outside your organization."
const BANNER_BOTTOM = /^\s*\[?\**\s*(?:this (?:e-?mail|message) (?:came|originated|was sent) from outside|external (?:e-?mail|sender|message)\b|caution\s*:)/i;
const BANNER_TAIL = /^\s*(?:learn why this is important|use caution\b.*|be cautious\b.*|\[?external\]?)\s*\.?\s*$/i;
// A gateway's tag alone at the top ("[EXTERNAL]", "*External Email*"), or glued to the first line.
const EXTERNAL_TAG = /^\s*(?:\[\s*(?:external|ext|external (?:e-?mail|sender|message))\s*\]|\*{1,2}\s*external(?: (?:e-?mail|sender|message))?\s*\*{1,2})\s*[:\-–—]?\s*/i;
function dropBanners(input: string[]): string[] {
  let lines = input;
  const top = nextText(lines, 0);
  let tagged = false;
  if (top < lines.length && EXTERNAL_TAG.test(lines[top]!)) {
    lines = lines.slice();
    lines[top] = lines[top]!.replace(EXTERNAL_TAG, '');
    tagged = true;
  }
  let i = 0, cut = 0;
  for (let n = 0; i < lines.length && n < 4; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    n++;
    // After a tag ("[EXTERNAL SENDER] Use caution with links and attachments.") a short warning is the banner's.
    const tail = (cut > 0 || (tagged && n === 1)) && (BANNER_TAIL.test(l) || (l.length < 200 && BANNER_WARNING.test(l)));
    if (l.length < 400 && (tail || (BANNER_HINT.test(l) && BANNER.test(l) && BANNER_SIGNAL.test(l)))) {
      cut = i + 1;
      // A banner wrapped over several lines (a table cell, a narrow gateway): its paragraph goes with it.
      while (cut < lines.length && !isBlank(lines[cut]) && (/^\s*\p{Ll}/u.test(lines[cut]!) || !/[.!?]\s*$/.test(lines[cut - 1]!))) cut++;
      i = cut - 1;
    } else break;
  }
  // Never the whole message: a lone line that reads like a banner is the person's own.
  if (cut && lines.slice(cut).some((l) => !isBlank(l))) lines = lines.slice(cut);
  // Some gateways put the warning under the message instead.
  const last = lines.length - 1 - [...lines].reverse().findIndex((l) => !isBlank(l));
  if (last > 0 && last < lines.length && lines[last]!.length < 300 && !QUOTE.test(lines[last]!) && BANNER_HINT.test(lines[last]!) && BANNER_BOTTOM.test(lines[last]!) && isBlank(lines[last - 1])) lines = lines.slice(0, last);
  return lines;
}

// Outlook's plain-text stand-ins for attachments ("<<Venue map.pdf>> <<sign-up.xlsx>>"): not the person's words.
// Gmail's "[image: logo.png]" and Outlook's "[cid:image001.png@…]" on a line of their own are images, not words.
const ATTACHMENT_PLACEHOLDER = /^\s*(?:(?:<<[^<>\n]{1,150}\.[A-Za-z0-9]{2,5}>>|\[(?:image|cid)\s*:[^\]\n]{0,200}\](?:\s*<[^<>\s]+>)?|\[[^\]\n]{0,200}\bdescription automatically generated\]|\[https?:\/\/[^\]\s]+\.(?:png|jpe?g|gif|svg|webp)\])\s*)+$/i;
function dropPlaceholders(lines: string[]): string[] {
  return lines.some((l) => (l.includes('>>') || l.includes('[')) && ATTACHMENT_PLACEHOLDER.test(l)) ? lines.filter((l) => !ATTACHMENT_PLACEHOLDER.test(l)) : lines;
}

// Footers that mailing lists, groups and notification relays append to every message ("You received this message
// because you are subscribed to the Google Groups …", "X mailing list -- x@y / To unsubscribe …", GitHub's "Reply to
// this email directly, view it on GitHub", Zendesk's "This email is a service from X. Delivered by Zendesk").
const FOOTER_START =
  /^\s*(?:you received this (?:message|e-?mail) because you are subscribed to\b|you are receiving this because\b|reply to this email directly(?:,| or )|to unsubscribe from this group\b|[^\s>].{0,60}\bmailing list\s+--?\s+\S+@\S+\s*$|this (?:e-?mail|message) is a service from\b.{0,100}\bdelivered by\b|visit topic or reply to this email\b|to unsubscribe from these emails\b|groups\.io links:)/i;
const FOOTER_LINE = /unsubscribe|you received this|you are receiving this|google groups|groups\.google\.|view (?:it|this discussion) on|to view this discussion|reply to this email|mailing list|listinfo|^\s*message id:|delivered by|for more options|^\s*\[[A-Z0-9]{4,8}-[A-Z0-9]{4,8}\]\s*$|https?:\/\/|\S@[\w-]+(?:\.[\w-]+)+|\bgroup owner\b|\bmute this topic\b/i;
const FOOTER_STRONG = /unsubscribe|https?:\/\/|\S+@\S+\.\w+|delivered by/i;
// `underQuote`: also a footer right under quoted history (the list's copy of a reply that quotes). Before the quote is
// read, such a footer is left alone: the attribution above the quote is read as it always was.
function dropFooters(lines: string[], underQuote = false): string[] {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // Mailman 2 names the list under a rule of underscores: "____\nMakers mailing list\nmakers@…\nhttps://…/listinfo/makers".
    const mailman2 = /^\S.{0,60}\bmailing list\s*$/i.test(l) && i > 0 && /^\s*_{5,}\s*$/.test(lines[i - 1]!);
    if (l.length > 300 || QUOTE.test(l) || (!mailman2 && !FOOTER_START.test(l))) continue;
    const rest = lines.slice(i + 1).filter((x) => x.trim());
    if (!rest.length || rest.length > 9 || !rest.every((x) => FOOTER_LINE.test(x) || DELIMITER.test(x)) || ![l, ...rest].some((x) => FOOTER_STRONG.test(x))) continue;
    let at = i;
    while (at > 0 && (isBlank(lines[at - 1]) || (DELIMITER.test(lines[at - 1]!) && !QUOTE.test(lines[at - 1]!)))) at--;
    if (!underQuote && at > 0 && QUOTE.test(lines[at - 1]!)) return lines;
    return lines.slice(0, at);
  }
  return lines;
}

// Help desks (Zendesk, Freshdesk, Help Scout, Kayako, Jira Service Management) put a marker at the top of what they
// send ("##- Please type your reply above this line -##"), then a sentence about the ticket, a rule, and the comments
// newest first, each under its author and time. An agent's mail is the newest comment; under a person's own text the
// marker opens the quoted notification.
const REPLY_ABOVE = /^\s*(?:[#=*-]{1,3}-?\s*)?(?:please\s+)?(?:type|write|enter|add)?\s*(?:your\s+)?(?:reply|response|answer)?\s*above this line\b(?:\s+to (?:add a comment|comment|reply|respond)\b[^.\n]{0,40})?[^a-z]*$/i;
const RULE_LONG = /^\s*[-_=—]{5,}\s*$/;
// "Nov 23, 2026, 16:38 GMT", "23 Nov 2026, 4:38 PM", "2026-11-23 16:38": a comment's time.
const STAMP =
  /^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}),?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|[+-]\d{2}:?\d{2})?\s*$/i;
const NAMEISH = (l: string | undefined) => !!l && l.trim().length <= 80 && wordCount(l) <= 8 && !/[.!?:]\s*$/.test(l.trim()) && !QUOTE.test(l);
// A comment's author: capitalised words with an organisation in brackets ("Aoife Byrne (Libraries)"), or an address.
const AUTHOR_LINE = (l: string | undefined) => NAMEISH(l) && /^\s*(?:[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}(?:\s*[(\[][^()\[\]]{1,60}[)\]])?|<?\S+@\S+\.\w+>?)\s*$/u.test(l!);
const nextText = (lines: string[], i: number) => {
  let j = i;
  while (j < lines.length && isBlank(lines[j])) j++;
  return j;
};
// A comment header in a help desk's thread: a rule, then the author's name, then the time.
const commentHeadAt = (lines: string[], i: number): number => {
  if (!RULE_LONG.test(lines[i]!) && !/^\s*-{3,}\s*$/.test(lines[i]!)) return -1;
  const a = nextText(lines, i + 1);
  if (!AUTHOR_LINE(lines[a])) return -1;
  const b = nextText(lines, a + 1);
  return b < lines.length && lines[b]!.length < 60 && STAMP.test(lines[b]!) ? b + 1 : -1;
};
// The desk's own sentence above the first comment ("Your request (#48213) has been updated. To add additional comments, reply to this email.").
const DESK_SENTENCE = /\b(?:request|ticket|case|conversation)\b.{0,60}\b(?:updated|received|created|opened|replied|solved|closed)\b|\breply to this (?:e-?mail|message)\b|\badd (?:additional )?comments\b/i;
function helpDeskLatest(lines: string[]): string[] {
  const first = nextText(lines, 0);
  if (first >= lines.length || lines[first]!.length > 100 || !REPLY_ABOVE.test(lines[first]!) || !/above this line/i.test(lines[first]!)) return lines;
  let body = nextText(lines, first + 1);
  // The desk's sentence, then a rule over the first comment's author and time.
  for (let i = body; i < Math.min(lines.length, body + 8); i++) {
    const b = commentHeadAt(lines, i);
    if (b >= 0 && lines.slice(body, i).every((x) => isBlank(x) || DESK_SENTENCE.test(x))) { body = b; break; }
  }
  // Or the author and time right under the marker.
  const a = nextText(lines, body), t = nextText(lines, a + 1);
  if (AUTHOR_LINE(lines[a]) && t < lines.length && lines[t]!.length < 60 && STAMP.test(lines[t]!)) body = t + 1;
  let end = body;
  while (end < lines.length && commentHeadAt(lines, end) < 0 && !RULE_LONG.test(lines[end]!)) end++;
  return lines.slice(body, end);
}

// An OpenPGP clear-signed message (RFC 4880 §7): the armor lines and the signature go, dash-escaped lines ("- -- ") are
// restored. Quoted armor ("> -----BEGIN PGP …") goes with the quote.
function dropPgpArmor(lines: string[]): string[] {
  if (!lines.some((l) => l.startsWith('-----BEGIN PGP '))) return lines;
  const out: string[] = [];
  let inSig = false, inHead = false;
  for (const l of lines) {
    if (/^-----BEGIN PGP SIGNED MESSAGE-----\s*$/.test(l)) { inHead = true; continue; }
    if (inHead) { if (!l.trim()) inHead = false; continue; }
    if (/^-----BEGIN PGP SIGNATURE-----\s*$/.test(l)) { inSig = true; continue; }
    if (inSig) { if (/^-----END PGP SIGNATURE-----\s*$/.test(l)) inSig = false; continue; }
    out.push(l.startsWith('- ') ? l.slice(2) : l);
  }
  return out;
}

// Quotes marked ">" with no space after it (Mail.ru, some webmail): two or more such lines in a row are a quote.
function bareQuotes(lines: string[]): string[] {
  if (!lines.some((l) => l.startsWith('>') && l.length > 1 && !/^>[\s>]/.test(l))) return lines;
  const out = lines.slice();
  const bare = (l: string | undefined) => l !== undefined && /^>/.test(l);
  // Once the message quotes this way somewhere (two such lines in a row), a single ">What can you offer?" between
  // answers is a quote too.
  const style = lines.some((l, i) => /^>[^\s>]/.test(l) && (bare(lines[i - 1]) || bare(lines[i + 1])));
  for (let i = 0; i < out.length; i++) {
    const l = out[i]!;
    if (!/^>[^\s>]/.test(l)) continue;
    if (style || bare(lines[i - 1]) || bare(lines[i + 1])) out[i] = '> ' + l.slice(1);
  }
  return out;
}

// A support desk's rating footer ("How would you rate my reply?"): everything from it down is boilerplate.
const RATING = /^\s*(?:how would you rate (?:my|our|this|the) (?:reply|response|answer|support|service)|how did (?:we|i) do\s*\?|rate (?:my|our|this) (?:reply|response|support)|please rate (?:my|our|this|the))/i;

// A long quoted line wrapped by a client that did not re-quote the continuation ("> … pharetra d" / "ignissim odio?").
function mendWrappedQuotes(lines: string[]): string[] {
  return lines.map((l, i) => {
    const prev = lines[i - 1];
    if (prev && QUOTE.test(prev) && prev.length >= 60 && l.trim() && !QUOTE.test(l) && /^\s*[\p{Ll}\d]/u.test(l) && l.length < 60 && (i + 1 >= lines.length || isBlank(lines[i + 1]) || QUOTE.test(lines[i + 1]!))) return '> ' + l;
    return l;
  });
}

const NAME_WROTE = new RegExp('^\\s*\\S+(?:\\s+\\S+){0,5}\\s+' + WROTE.source + '\\s*[:：]\\s*$', 'i');
const ON_DATE = /^\s*[-*]*\s*(on|le|am|el|em|op|il|den|w dniu|dnia)\s.*\d/i;

// Attribution line, possibly wrapped over several lines; returns how many lines it spans (0 = none).
function attributionAt(lines: string[], i: number): number {
  const first = lines[i]!;
  if (isBlank(first)) return 0;
  if (QUOTE.test(first) && !WROTE.test(first)) return 0;
  // "Drumbeat Team wrote:" with no date (Thunderbird's short form, many old clients), right above a quote.
  if (first.length < 90 && /[:：]\s*$/.test(first) && !QUOTE.test(first) && NAME_WROTE.test(first)) {
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j])) j++;
    if (j < lines.length && QUOTE.test(lines[j]!)) return 1;
  }
  const opener = ATTRIB_START.test(first) || /[<@]/.test(first) || /^[\p{Lu}][\p{L}'-]+(\s+[\p{Lu}][\p{L}'-]+)+\s*$/u.test(first.trim());
  // Gmail sometimes breaks "On … Name\n\n<\nmailto:…>\n> wrote:" over blank lines.
  const maxSpan = ON_DATE.test(first) ? 7 : 3;
  const parts: string[] = [];
  for (let k = 0; k < maxSpan && i + k < lines.length; k++) {
    const l = lines[i + k]!;
    if (isBlank(l)) {
      if (maxSpan > 3) continue;
      break;
    }
    // "el 17 de abril" / blank / "El lun, 29 mar 2027 …, X escribió:": a line after a blank that is a whole attribution by
    // itself starts it there; the line above is the person's own (a bare date answer), not its first half.
    if (k > 0 && isBlank(lines[i + k - 1]) && isAttribution(l)) return 0;
    parts.push(l.replace(/^\s*>?\s*/, '').trim());
    const joined = parts.join(' ');
    if (joined.length > 300) break;
    if (isAttribution(joined)) return k + 1;
    // Only a line that could open an attribution is worth joining with the next one.
    if (k === 0 && !opener) break;
    if (k === 0 && /[.!?]\s*$/.test(first) && !/\d|[<@]/.test(first)) break;
  }
  return 0;
}

// The verb closing the line ("… wrote:"), compiled once: isAttribution runs on every line of every reply.
const WROTE_AT_END = new RegExp(WROTE.source + '\\s*[:：]?\\s*$', 'i');

function isAttribution(s: string): boolean {
  const t = s.trim().replace(/^[-*\s[]+|[-*\s\]]+$/g, '').trim();
  if (t.length > 300 || t.length < 6) return false;
  const endsColon = /[:：]\s*$/.test(t);
  const hasWhen = /\d/.test(t) || /@/.test(t);
  if (WROTE.test(t)) {
    const atEnd = WROTE_AT_END.test(t);
    // "On … wrote:" / "X <x@y> wrote:"; verbs in the middle ("Am … schrieb X:") need the closing colon.
    if (atEnd && (hasWhen || /^(on|le|am|el|em|op|il)\s/i.test(t))) return true;
    if (endsColon && hasWhen && t.length < 250) return true;
    return false;
  }
  // Horde/IMP and others: "Quoting Some One <x@y>:", "Zitat von Some One <x@y>:".
  if (/^(quoting|zitat von|citando|citation de|cita de|citaat van|citerar)\s/i.test(t) && /[@\d]/.test(t) && /[:：]\s*$/.test(t) && t.length < 200) return true;
  // Dated lines that end in an address: "2016-03-03 17:21 GMT+01:00 Some One <x@y>:",
  // "ср, 30 апр. 2025 г. в 15:19, John Doe <doe@example.com>:", "2013/7/20 sam <x@y>".
  if (/\d/.test(t) && /(<\s*[^<>\s]+@[^<>\s]+\s*>|\S+@\S+\.\w+)\s*(?:\[[^\][]{4,40}\]|\([^()]{4,40}\))?\s*[:：]\s*$/.test(t) && t.length < 200) return true;
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/.test(t) && /<\s*[^<>\s]+@[^<>\s]+\s*>\s*$/.test(t)) return true;
  // "2016-03-03 17:21 GMT+01:00 Some One": a timestamp and a name, nothing a person would type.
  if (/^\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(:\d{2})?\s+(GMT|UTC)?[+-]?[\d:]*\s+\p{L}/u.test(t) && t.length < 100 && !/[.!?]$/.test(t)) return true;
  return false;
}

// Header labels run together on the From: line ("From: X Sent: Monday … To: Sam Subject: …").
const INLINE_HEADER = /\s(?:sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|objet|enviado|fecha|para|asunto|inviato|oggetto|verzonden|aan|onderwerp)\s?:/gi;

// An Outlook-style header block: a From: line with another header line just below it, or three header lines.
// Cheap pre-check: a header line has its colon within the first few words.
const HAS_LABEL = /^[^:：]{1,40}[:：]/;
const isHeader = (l: string) => HAS_LABEL.test(l) && HEADER_ANY.test(l);
function headerBlockAt(lines: string[], i: number): boolean {
  if (!HAS_LABEL.test(lines[i]!)) return false;
  const from = HEADER_FROM.test(lines[i]!);
  if (!from && !HEADER_ANY.test(lines[i]!)) return false;
  let n = 0;
  for (let j = i + 1; j < Math.min(lines.length, i + 7); j++) {
    if (isBlank(lines[j])) continue;
    if (isHeader(lines[j]!)) n++;
  }
  return from ? n >= 1 : n >= 2;
}

// Index of the first line that belongs to quoted or forwarded history (lines.length when none).
// Attribution lines that head a bottom-posted or inline reply are recorded in `dropped` instead.
function cutIndex(lines: string[], dropped: Set<number>, skip: Set<number> = new Set()): number {
  let textBefore = 0; // unquoted non-blank lines seen so far
  let firstText = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (isBlank(l)) continue;
    let at = -1;
    if (isSeparator(l) && textBefore === 1 && INSIDE_CUE.test(firstText) && headerBlockAt(lines, nextText(lines, i + 1))) {
      // "Answers below in caps." above "-----Original Message-----": the person typed the answers into the original, so
      // only the separator and the header block go.
      let j = nextText(lines, i + 1);
      while (j < lines.length && !isBlank(lines[j]) && isHeader(lines[j]!)) j++;
      for (let k = i; k < j; k++) dropped.add(k);
      i = j - 1;
      continue;
    }
    if (isSeparator(l) || BEGIN_FORWARDED.test(l) || GROUPWISE.test(l) || (l.includes('---') && NOTES_LINE.test(l))) at = i;
    else if (RATING.test(l) && textBefore > 0) {
      at = i;
      while (at > 0 && (isBlank(lines[at - 1]) || DELIMITER.test(lines[at - 1]!))) at--;
      return at;
    } else if (headerBlockAt(lines, i) || (l.length < 400 && HAS_LABEL.test(l) && HEADER_FROM.test(l) && (l.match(INLINE_HEADER) ?? []).length >= 2)) {
      // A quoted message header inside a quote the person answers below (a digest answered inline): still the quote.
      if (!(textBefore === 0 && QUOTE.test(l) && answeredBelow(lines, i))) at = i;
      else {
        // Only the quoted message the person answers stays: the quote above its header (a digest's preamble and
        // earlier messages) and the header itself go.
        let k = i;
        while (k > 0 && (isBlank(lines[k - 1]) || QUOTE.test(lines[k - 1]!))) k--;
        let j = i;
        while (j < lines.length && QUOTE.test(lines[j]!) && (HEADER_ANY.test(lines[j]!) || !lines[j]!.replace(/^[\s>]+/, '').trim())) j++;
        // A quoted header with nothing quoted above it heads a bottom-posted reply, like "On … wrote:".
        const target = k === i || lines.slice(k, i).every((x) => !x.replace(/^[\s>]+/, '').trim()) ? dropped : skip;
        for (let x = k; x < j; x++) target.add(x);
        i = j - 1;
        continue;
      }
    }
    else if (textBefore > 0 && l.length < 100 && /above this line/i.test(l) && REPLY_ABOVE.test(l)) at = i;
    else if (textBefore > 0 && l.length < 90 && /^\s*[-_=—]{3,}\s*$/.test(l) && commentHeadAt(lines, i) >= 0) at = i;
    // A help desk's thread history with no rule: an author line, then the time, under a blank line.
    else if (textBefore > 0 && l.length < 60 && isBlank(lines[i - 1]) && AUTHOR_LINE(l) && NAME_LINE.test(l) && !signOff(l) && lines[i + 1] !== undefined && lines[i + 1]!.length < 60 && STAMP.test(lines[i + 1]!) && nextText(lines, i + 2) < lines.length) at = i;
    else if (/^\s*[_=-]{5,}\s*$/.test(l)) {
      // A rule right above a header block.
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j])) j++;
      if (j < lines.length && (headerBlockAt(lines, j) || /^\s*\S[^:]{0,25}:\s*\S/.test(lines[j]!) && headerBlockAt(lines, j + 1))) {
        // "See answers below." above a rule and an Outlook header, then the quoted questions with answers between them:
        // the rule and the header go, the answers stay (as under "On … wrote:").
        let e = j;
        while (e < lines.length && !isBlank(lines[e]) && !QUOTE.test(lines[e]!)) e++;
        if (textBefore <= 2 && (INSIDE_CUE.test(firstText) || ANSWERS_CUE.test(firstText)) && answeredBelow(lines, e)) {
          for (let x = i; x < e; x++) dropped.add(x);
          i = e - 1;
          continue;
        }
        at = i;
      }
    } else {
      const span = attributionAt(lines, i);
      if (span) {
        // Nothing (or only a greeting) above it: the person answers below, so drop just the attribution.
        if (textBefore === 0 || answeredBelow(lines, i + span) || (textBefore === 1 && INSIDE_CUE.test(firstText))) {
          for (let k = 0; k < span; k++) dropped.add(i + k);
          i += span - 1;
          continue;
        }
        at = i;
      }
    }
    if (at >= 0) {
      // Lines just above a header block that belong to it ("====", "Message du : 12/12/2016 13:20").
      while (at > 0 && (isBlank(lines[at - 1]) || DELIMITER.test(lines[at - 1]!) || /^\s*\S[^:]{0,25}:\s*.*\d/.test(lines[at - 1]!) && at - 1 > 0 && !/[.!?]\s*$/.test(lines[at - 1]!))) at--;
      // A message that is only a forward: keep the forwarded text rather than nothing.
      // So is one under a short note that says it passes the message on ("This came to me instead – forwarding so it gets
      // logged"): the note stays, the forwarded headers go, and the forwarded words are read up to their own quote.
      const fwd = /forward|weitergeleitet|transféré|reenviado|encaminhada|inoltrato|doorgestuurd/i.test(l);
      // (A note with words of its own — "Forwarding to you all - I'll bring the snacks" above the ask sent back — is the reply.)
      const note = lines.slice(0, i).filter((x) => !QUOTE.test(x)).join(' ');
      const passedOn = fwd && textBefore > 0 && textBefore <= 6 && FORWARD_NOTE.test(note) && !OWN_WORDS.test(note);
      if (fwd && (textBefore === 0 || passedOn)) {
        let j = i + 1;
        while (j < lines.length && (isBlank(lines[j]) && j === i + 1 || HEADER_ANY.test(lines[j]!) || (!isBlank(lines[j]) && HEADER_ANY.test(lines[j - 1]!) && !/[.!?]$/.test(lines[j]!.trim())))) j++;
        for (let k = passedOn ? i : 0; k < j; k++) dropped.add(k);
        textBefore = 0;
        i = j - 1;
        continue;
      }
      return at;
    }
    if (!QUOTE.test(l) && !dropped.has(i) && !textBefore++) firstText = l;
    // A mobile signature line ends the new text even when the (unmarked) original follows.
    if (isMobileSig(l) && !MOBILE_SIG_FALSE.test(l) && l.trim().length < 90 && textBefore > 1) return i;
  }
  return lines.length;
}

const OWN_WORDS = /\b(?:i(?:'|’)ll|i will|i(?:'|’)m going to|i am going to|i(?:'|’)m gonna|we(?:'|’)ll|we will|i can|we can|i need|we need|i commit|count me)\b/i;
// A note that passes the message below on: "forwarding so it gets logged", "passing this on", "see Hemi's reply below".
const FORWARD_NOTE = /\b(?:forwarding|i(?:'|’)m forwarding|(?:i(?:'|’)ve|i have) forwarded|fwding|passing (?:this|it|that) (?:on|along)|(?:see|here(?:'|’)s|here is) (?:\p{L}+(?:'|’)s\s+)?(?:reply|answer|response|email|message) below)\b|leite (?:das|dies|sie|ihn) weiter|weitergeleitet|je (?:te |vous )?transf[eè]re|te reenv[íi]o|les reenv[íi]o|reenv[íi]o (?:esto|este|el)|encaminho|inoltro|ik stuur (?:dit|het) door/iu;
// A line of the original that the person answered in place: "[Raj] …", "<<RM>> …", "«Ana» …".
const TAGGED = /^\s*(?:\[([\p{L}][\p{L} .'’-]{0,20})\]|<<([\p{L}][\p{L} .'’-]{0,20})>>|«([\p{L}][\p{L} .'’-]{0,20})»)\s*[:–—-]?\s*(\S.*)$/u;
// Bracketed words that clients and gateways put at the start of a line, not a person's tag.
const NOT_TAG = /^(image|images|cid|attachment|external|ext|caution|warning|spam|logo|icon|signature|quote|quoted|sent|link|photo|picture|banner|notice|info|important|suspicious|bulk|draft|edit|update|note|todo|fyi|ps|x|cc)$/i;
const ANSWERS_CUE = /\b(below|inline|in-line|interleaved|in (?:red|blue|green|bold|caps)|ci-dessous|unten|abajo|hieronder|nedan|nedenfor|alla)\b/i;

// Tagged answers in the first quoted message below `from` (up to the next header block or attribution).
function taggedAnswers(lines: string[], from: number, top: string[]): { q: string; a: string }[] {
  let start = from;
  for (let k = from; k < Math.min(lines.length, from + 4); k++) if (HEADER_FROM.test(lines[k]!)) { start = k; break; }
  const found: { i: number; tag: string; a: string }[] = [];
  const count = new Map<string, number>();
  for (let j = start + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (j > start + 8 && (isSeparator(l) || (HEADER_FROM.test(l) && headerBlockAt(lines, j)) || (WROTE.test(l) && attributionAt(lines, j)))) break;
    const c = l.trimStart().charCodeAt(0);
    if (c !== 91 && c !== 60 && c !== 171) continue; // [ < «
    const m = TAGGED.exec(l);
    if (!m) continue;
    const tag = (m[1] ?? m[2] ?? m[3]!).trim().toLowerCase();
    if (NOT_TAG.test(tag)) continue;
    found.push({ i: j, tag, a: m[4]! });
    count.set(tag, (count.get(tag) ?? 0) + 1);
  }
  if (!found.length) return [];
  const cue = top.some((l) => !QUOTE.test(l) && ANSWERS_CUE.test(l));
  const out: { q: string; a: string }[] = [];
  for (const f of found) {
    if ((count.get(f.tag) ?? 0) < 2 && !cue) continue;
    let k = f.i - 1;
    while (k > start && (isBlank(lines[k]) || TAGGED.test(lines[k]!))) k--;
    out.push({ q: k > start && !HEADER_ANY.test(lines[k]!) ? lines[k]! : '', a: f.a });
  }
  return out;
}

// Colours a person names for answers typed into the original, with the CSS values clients write for them.
const COLOUR_CUE = /\b(?:in|en|auf|in der farbe)\s+(red|rouge|rot|rojo|rosso|rood|blue|bleu|blau|azul|blu|blauw|green|vert|grün|verde|groen)\b/i;
const COLOUR_NAMES: Record<string, string> = { rouge: 'red', rot: 'red', rojo: 'red', rosso: 'red', rood: 'red', bleu: 'blue', blau: 'blue', azul: 'blue', blu: 'blue', blauw: 'blue', vert: 'green', grün: 'green', verde: 'green', groen: 'green' };
const COLOUR_VALUES: Record<string, RegExp> = {
  red: /^(?:red|darkred|crimson|#?(?:f00|ff0000|c00000|c00|cc0000|e00|ee0000|d00|dd0000|ff3333|e74c3c)|rgb\(\s*(?:1\d\d|2[0-5]\d)\s*,\s*0\s*,\s*0\s*\))$/i,
  blue: /^(?:blue|navy|darkblue|#?(?:00f|0000ff|0070c0|0066cc|1f4e79|2e74b5|4472c4|0563c1|002060)|rgb\(\s*0\s*,\s*0\s*,\s*(?:1\d\d|2[0-5]\d)\s*\))$/i,
  green: /^(?:green|darkgreen|#?(?:00b050|008000|00a000|0f0|00ff00|70ad47)|rgb\(\s*0\s*,\s*(?:1\d\d|2[0-5]\d)\s*,\s*0\s*\))$/i,
};
const COLOURED = /<(span|font)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const plainOf = (h: string) => h.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&rsquo;|&#8217;/g, '’').replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();

// Answers in the colour the person named, found in the HTML below the quote marker; the line above each in the
// text part is the question it answers.
function colouredAnswers(lines: string[], from: number, top: string[], html: string): { q: string; a: string }[] {
  const cue = top.map((l) => (QUOTE.test(l) ? null : COLOUR_CUE.exec(l))).find(Boolean);
  if (!cue) return [];
  const word = cue[1]!.toLowerCase();
  const want = COLOUR_VALUES[COLOUR_NAMES[word] ?? word]!;
  let cut = html.length;
  for (const re of CUT_MARKERS) {
    const m = re.exec(html);
    if (m && m.index < cut) cut = m.index;
  }
  const out: { q: string; a: string }[] = [];
  const tail = html.slice(cut);
  for (const m of tail.matchAll(COLOURED)) {
    const c = /(?:^|[\s;"'])color\s*:\s*([^;"']+)/i.exec(m[2]!)?.[1] ?? /\bcolor\s*=\s*["']?([^"'\s>]+)/i.exec(m[2]!)?.[1];
    if (!c || !want.test(c.trim())) continue;
    const a = plainOf(m[3]!);
    if (!/\p{L}/u.test(a)) continue;
    // The question: the nearest non-blank line above the answer in the text part.
    let q = '';
    const at = lines.findIndex((l, i) => i >= from && l.replace(/\s+/g, ' ').includes(a.slice(0, 40)));
    for (let k = at - 1; at > 0 && k >= from; k--) {
      if (isBlank(lines[k])) continue;
      if (!HEADER_ANY.test(lines[k]!)) q = lines[k]!;
      break;
    }
    out.push({ q, a });
  }
  return out;
}

// True when quoted lines follow `from` and new, unquoted text comes after them.
function answeredBelow(lines: string[], from: number): boolean {
  let j = from;
  while (j < lines.length && isBlank(lines[j])) j++;
  if (j >= lines.length || !QUOTE.test(lines[j]!)) return false;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (isBlank(l) || QUOTE.test(l)) continue;
    // Only real words count, not a trailing signature.
    if (SIG_DASHES.test(l) || isMobileSig(l)) return false;
    return true;
  }
  return false;
}

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
// A line that fits in a signature block: name, title, company, phone, address, link.
const SIG_LINE = (l: string) => {
  const t = l.trim();
  if (!t) return true;
  // Initials: "S.", "S.L.", "-S."
  if (/^[-–—~/]*\s*(?:\p{Lu}\.\s?){1,3}$/u.test(t)) return true;
  if (/^[+(]?\d[\d\s().-]{6,}$/.test(t) || /(tel|phone|mobile|cell|fax|mob|tél|tlf|m|t|p)\s*[.:]\s*[+(]?\d/i.test(t)) return true;
  if (/^(https?:\/\/|www\.)\S+$/i.test(t) || /^\S+@\S+\.\S+$/.test(t)) return true;
  if (wordCount(t) <= 5 && /\s!$/.test(t)) return true;
  // "Sam Lee | Community Manager | Example Collective": short parts between separators.
  if (PIPED.test(t) && !/[.!?]$/.test(t) && t.split(PIPED).every((p) => wordCount(p) <= 7)) return true;
  // A name may end in an initial ("Adebayo O.") as a company does in "Inc.".
  // A title line may end in an abbreviation ("Assistant Professor, Dept. of Computer Engg.").
  // "Harold Finch (retired, 38 yrs at Stanley Works)": a name with a note about the person in brackets.
  const note = /^([^()]{2,40}?)\s*\(([^()]{1,60})\)\s*$/.exec(t);
  if (note && NAME_LINE.test(note[1]!) && wordCount(note[1]!) <= 4 && !/[.!?]\s*$/.test(note[2]!)) return true;
  // A long title or department line in title case ("Senior Lecturer, School of Computer Science and Applied Mathematics",
  // "Fachbereichsleitung Digitales Lernen"): every word capitalised but the small joining words; a sentence has lower-case words.
  if (wordCount(t) <= 14 && t.length <= 110 && !/[.!?:]$/.test(t) && /^\p{Lu}/u.test(t) && t.split(/\s+/).every((w) => /^[\p{Lu}\d(&|–—-]/u.test(w) || TITLE_JOIN.test(w))) return true;
  // A legal form written with dots ends a company's name, not a sentence ("Kreuzberg e.V.", "Talleres S.A.", "Fietsen B.V.").
  return wordCount(t) <= 7 && t.length <= 60 && !/[.!?]$/.test(t.replace(/(?<=\s)(?:\p{L}{1,2}\.){2,3}$/u, '').replace(/\b(inc|ltd|co|corp|jr|sr|dr|assn|assoc|soc|bros|intl|natl|ctr|ave|blvd|rd|st|apts?)\.$/i, '').replace(/(\s\p{Lu})\.$/u, '$1').replace(/(?<=\b(?:dept|univ|assoc|inst|dir|coord|mgr|engg?|sci|tech|govt|dist|hon|sec|asst|prof)\.[^.!?]{1,40}\b\p{Lu}\p{Ll}{1,5})\.$/iu, ''));
};
const TITLE_JOIN = /^(?:of|and|for|the|at|in|on|de|du|des|la|le|van|voor|en|für|und|der|die|das|y|e|di|del|och|i|för|og|af|&)$/;
// "Dpto. de Tecnología – IES Ramiro de Maeztu", "Coordinadora de programas – Red de Bibliotecas": a dash between a title or
// department and its organisation parts them too.
const PIPED = /\s[|•·–—]\s/;
// A rule line: "____", "====", "━━━━" (box drawing, common above and below Japanese signatures).
const RULE = /^\s*(?:[_=~*-]{2,}|[\u2500-\u257f\u2015]{3,})\s*$/;
const NAME_SEP = /\s+[|•·–—]\s+|,\s+/;
// A phone number, address or link in a signature block.
const CONTACT = /[+(]?\d[\d\s().-]{6,}\d|\S+@\S+\.\w+|https?:\/\/|\bwww\./i;
// A name: capitalised words, lower-case particles ("Sanne de Vries"), optional pronouns ("(she/her)"); or a CJK name ("田中 健",
// "山田 花子 (Hanako Yamada)").
const NAME_LINE =
  /^\s*(?:[-–—~]\s*|\/{1,2}(?=\p{Lu}))?(?:[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|da|di|do|dos|das|del|della|van|von|der|den|ten|ter|la|le|du|bin|al|y)\s+)?[\p{Lu}][\p{L}'’.-]*){0,3}(?:\s*[(\[]\s*\p{L}+\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?\s*[)\]])?|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,4}(?:\s?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,4})?(?:\s*[(（]\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}\s*[)）])?)\s*$/u;

// A name in a script without capitals (Arabic, Hebrew, Devanagari, Thai): only trusted right under closing words.
const UNCASED_NAME = /^\s*[\p{Lo}][\p{Lo}\p{M}'’.-]*(?:\s+[\p{Lo}][\p{Lo}\p{M}'’.-]*){0,2}\s*$/u;

// Legal footers and company registration lines that open the tail of a message.
const DISCLAIMER =
  /^\s*(?:\*+\s*)?(?:(?:important|notice|legal notice|caution|warning|note|aviso legal|aviso|nota legal|avviso(?: legale)?|nota legale|rechtlicher hinweis|haftungsausschluss|mentions? légales?|juridische mededeling)\s*[:：-]\s*)?(?:confidentiality notice|confidentiality note\s*[:：]|avis de confidentialit[ée]|vertraulichkeitshinweis|le présent (?:courriel|message|e-?mail)|ce courriel (?:est|peut|contient)|confidential(?:ity)?\s*[:：]|disclaimer\s*[:：]|privileged (?:and|&) confidential|this (?:e-?mail|message|communication|transmission)(?: and any (?:attachments?|files)[^.]{0,60})? (?:is (?:confidential|intended|private|for the)|are confidential|may (?:be|contain)|contains? (?:confidential|privileged)|is strictly|(?:is|are) (?:subject to|governed by)\b)|the (?:information|content) (?:contained )?in this (?:e-?mail|message)|if you (?:are not the intended|have received this|received this (?:e-?mail|message) in error)|diese (?:e-?mail|nachricht) (?:enthält|ist|kann|könnte)|ce (?:message|courriel|mail|e-mail) (?:et ses|est |peut |contient |ainsi)|este (?:mensaje|correo|e-?mail) (?:y |es |puede |contiene )|esta mensagem|este e-?mail (?:e |é |pode |contém )|(?:il presente|questo) (?:messaggio|e-?mail)|ai sensi del|le informazioni contenute|(?:dit|deze) (?:bericht|e-?mail) (?:is|kan|bevat|en )|detta (?:e-?post(?:meddelande)?|meddelande) (?:är|kan|innehåller)|denne (?:e-?mail|e-?post|meddelelse|meldingen|besked) (?:er|kan|indeholder|inneholder)|tämä (?:sähkö)?viesti|þessi tölvupóstur|この(?:メール|電子メール)(?:は|には)|sitz der gesellschaft|registergericht|registered (?:office|in england)|company registration|please consider the environment|bitte denken sie an die umwelt|(?:click|tap) (?:here|this link|below) to report this (?:e-?mail|message) as (?:spam|junk|phishing))/i;
// A legal or printing footer in any language, told by two signals in one paragraph-opening line: "confidential" and
// who it is meant for (or "in error"), or "environment" and "print".
const CONF_WORD = /confidential|confidentiel|vertraulich|confidenci|riservat|vertrouwelijk|konfidentiell|fortrolig|luottamuksellinen|poufn|důvěrn|dôvern|конфиденциал|конфіденційн|gizli|bizalmas|εμπιστευτικ|סודי|سري|ความลับ|bảo mật|rahasia|sulit|保密|機密|秘密|기밀|privileged/i;
const MEANT_WORD = /addressee|recipient|intended|in error|destinatai?r|empfänger|irrtümlich|erreur|destinatario|destinatário|geadresseerde|adressat|mottagare|vastaanottaj|adresat|adresát|адресат|получател|alıcı|címzett|παραλήπτ|נמען|المرسل إليه|ผู้รับ|người nhận|penerima|收件人|受信者|宛先|수신인|수신자/i;
const ENV_WORD = /environment|umwelt|environnement|medio ambiente|ambiente|milieu|miljö|miljø|środowisk|prostředí|окружающ|çevre|環境|环境|환경/i;
const PRINT_WORD = /print|imprim|drucken|ausdruck|stampa|skriv ut|udskriv|tulosta|druk|tisk|печат|yazdır|印刷|打印|인쇄/i;
const THIS_MSG = /\bthis (?:e-?mail|message|communication|transmission)|\bce (?:message|courriel|mail)|\bdiese[rs]? (?:e-?mail|nachricht)|\beste (?:mensaje|correo|e-?mail)|\b(?:esta|nesta|desta) mensagem|\bquesto messaggio|\b(?:dit|deze) (?:bericht|e-?mail)|\bt(?:ej|a) wiadomoś|\btento e-?mail|\btato zpráva|сообщени|повідомленн|μήνυμα|\bbu e-?posta|本邮件|本郵件|このメール|본 메일|이 메일/i;
// An acknowledgement of country under a signature (Australia, Canada, Aotearoa): "… acknowledges the Traditional Custodians of
// the land …", "… located on the traditional, ancestral and unceded territory of …". The institution's, not the person's.
const LAND_ACK = /\b(?:acknowledg\w*|(?:is|are) (?:located|situated|based)|(?:work|live|gather|meet)s? on)\b[^\n]{0,160}?\b(?:traditional (?:custodians|owners|lands?|territor\w*)|unceded|ancestral|tangata whenua|first nations? (?:peoples?|lands?))/i;
// The footer sits under a signature: the last line above it is a name, title, phone or sign-off, not a sentence.
const underSignature = (lines: string[], i: number): boolean => {
  let j = i - 1;
  while (j >= 0 && isBlank(lines[j])) j--;
  return j >= 0 && !QUOTE.test(lines[j]!) && SIG_LINE(lines[j]!);
};
const footerParagraph = (l: string, prev: string | undefined): boolean => {
  if (!isBlank(prev)) return false;
  if (l.length < 120 && ENV_WORD.test(l) && PRINT_WORD.test(l)) return true;
  const conf = CONF_WORD.test(l);
  if (!conf && !MEANT_WORD.test(l)) return false;
  return (conf && MEANT_WORD.test(l)) || (THIS_MSG.test(l) && (wordCount(l) >= 5 || /[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}]/u.test(l)));
};

// Company registration details that sit inside a footer line ("GmbH · Sitz der Gesellschaft: Berlin · Registergericht: …").
const COMPANY_REG = fastEdges(/\b(?:sitz der gesellschaft|registergericht|handelsregister|amtsgericht \p{Lu}|hrb \d|ust-?id(?:nr)?\b|registered (?:office|in england)|company (?:no\.?|number|registration)\s*:?\s*\d|partita iva|kvk[- ]?(?:nummer|nr)|org\.? ?nr\.?\s*:?\s*\d|rcs \p{Lu}|siret)/iu);

// Cuts "-- " signatures, mobile boilerplate, sign-offs and name/title/phone blocks at the end.
function trimSignature(input: string[], footerCut = false): string[] {
  let lines = input.slice();
  // A legal disclaimer under the person's words: it and everything below it go.
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length > 8 && !QUOTE.test(l) && (DISCLAIMER.test(l) || COMPANY_REG.test(l) || (footerParagraph(l, lines[i - 1]) && underSignature(lines, i)) || (/unceded|ancestral|custodian|traditional|whenua|first nation/i.test(l) && LAND_ACK.test(l) && underSignature(lines, i) && !/[,:;]\s*$/.test(lines.slice(0, i).reverse().find((x) => x.trim()) ?? ''))) && lines.slice(0, i).some((x) => x.trim() && !QUOTE.test(x))) {
      lines = lines.slice(0, i);
      break;
    }
  }
  // "-- " delimiter: everything below is signature, unless the person's text continues under quotes.
  for (let i = 0; i < lines.length; i++) {
    if (SIG_DASHES.test(lines[i]!) && !QUOTE.test(lines[i]!)) {
      const rest = lines.slice(i + 1);
      const hasQuoteThenText = rest.some((l) => QUOTE.test(l)) && answeredBelow(lines, i + 1 + rest.findIndex((l) => QUOTE.test(l)));
      if (!hasQuoteThenText) {
        lines = lines.slice(0, i);
        break;
      }
    }
  }
  // "… properly lol Sent from my iPhone": the client's line glued to the last words (a format=flowed line ending in a space
  // above the blank line is joined to the boilerplate by some decoders); the words stay, the boilerplate goes.
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (isBlank(l) || QUOTE.test(l)) continue;
    const g = GLUED_MOBILE.exec(l);
    if (g && isMobileSig(g[1]!)) lines[i] = l.slice(0, g.index);
    // "… a big table. Yours ever, Rev. Canon Peter Aldous": the sign-off and name glued the same way to the last sentence.
    const so = GLUED_SIGN_OFF.exec(lines[i]!);
    if (so && signOff(so[1]!)?.named) lines[i] = lines[i]!.slice(0, so.index + 1);
    break;
  }
  // Mobile boilerplate: cut at the first such line when only boilerplate or blank lines follow.
  let clientFooter = footerCut;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (isMobileSig(l) && !MOBILE_SIG_FALSE.test(l) && l.trim().length < 120) {
      const rest = lines.slice(i + 1).filter((x) => x.trim() && !QUOTE.test(x));
      if (rest.every((x) => isMobileSig(x) || SIG_LINE(x) || DELIMITER.test(x))) {
        clientFooter = true;
        lines = lines.slice(0, i);
        break;
      }
    }
  }
  // A rule line ("____", "====") with only a short footer below it: a signature or mailing-list footer.
  for (let i = 1; i < lines.length; i++) {
    if (RULE.test(lines[i]!) && !SIG_DASHES.test(lines[i]!)) {
      const rest = lines.slice(i + 1).filter((l) => l.trim());
      const long = /[_=\u2500-\u257f]{5,}/.test(lines[i]!);
      if ((rest.length <= 5 && rest.every((l) => SIG_LINE(l) || QUOTE.test(l) || /mailing list|unsubscribe|https?:\/\//i.test(l))) || (long && rest.filter((l) => !QUOTE.test(l)).length <= 2)) {
        lines = lines.slice(0, i);
        break;
      }
    }
  }
  const strip = () => {
    while (lines.length && (isBlank(lines[lines.length - 1]) || DELIMITER.test(lines[lines.length - 1]!))) lines.pop();
  };
  strip();
  const textIdx = () => lines.map((l, i) => (!QUOTE.test(l) && l.trim() ? i : -1)).filter((i) => i >= 0);
  // A "P.S." under the signature is the person's own words: look for the sign-off above it, keep it after.
  let ps: string[] = [];
  const psAt = lines.findIndex((l, i) => i > 0 && POSTSCRIPT.test(l) && !QUOTE.test(l));
  if (psAt > 0) {
    ps = lines.slice(psAt);
    lines = lines.slice(0, psAt);
  }
  // Sign-off: a closing word among the last few lines, with only short lines below it.
  const idx = textIdx();
  for (let k = Math.max(0, idx.length - 6); k < idx.length; k++) {
    const i = idx[k]!;
    if (k === 0) continue; // never cut the whole reply
    const so = signOff(lines[i]!);
    // Only with a name (on the line or below it): a bare "Thanks!" is the person's own words.
    const below = lines.slice(i + 1).filter((l) => l.trim());
    // Closing words in any language ("Diolch,", "Shukriya,"): one or two words and a comma, then only a name.
    // A closing of a community's own ("Up the Dubs,", "In His service,", "L'shanah tovah in advance,", "With every
    // blessing,"): up to five words and a comma, a paragraph of its own, above a full name and its signature lines.
    const ownClose = !so && /^\s*[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,4}\s*[,،，、]\s*$/u.test(lines[i]!) && i > 0 && isBlank(lines[i - 1]) && below.length >= 2 && below.length <= 4 && NAME_LINE.test(below[0]!) && wordCount(below[0]!) >= 2 && wordCount(below[0]!) <= 4;
    const bareClose = ownClose || (!so && /^\s*[\p{L}\p{M}'’]+(?:\s+[\p{L}\p{M}'’]+)?\s*[,،，、]\s*$/u.test(lines[i]!) && below.length >= 1 && below.length <= 4 && (NAME_LINE.test(below[0]!) || UNCASED_NAME.test(below[0]!)) && wordCount(below[0]!) <= 3);
    // Closing words that run on to a wish, then a comma and a name below ("All the best for 2027,", "Best wishes to
    // everyone at the hub,"): a short line, nothing below it but a signature.
    // "Thanks for your patience (and for the nudge, honestly),": an aside in brackets does not lengthen the closing.
    // "Viele Grüße und weiterhin viel Erfolg" above a name: a closing joined to a wish needs no comma.
    const wishClose = !so && SIGN_OFF_WORD.test(lines[i]!) && (/[,،，]\s*$/.test(lines[i]!) || CLOSE_AND_WISH.test(lines[i]!.slice(SIGN_OFF_WORD.exec(lines[i]!)![0].length))) && wordCount(lines[i]!.replace(/\s*\([^()]{1,60}\)/g, '')) <= 7 && below.length >= 1 && below.length <= 4 && NAME_LINE.test(below[0]!) && wordCount(below[0]!) <= 4;
    // A closing that ends in a comma as the very last line ("Cordialement," above a cut "-- " signature).
    const lastComma = so && !below.length && /[,،，]\s*$/.test(lines[i]!);
    if ((so && (so.named || below.length > 0 || lastComma) || bareClose || wishClose) && below.every((l) => SIG_LINE(l))) {
      lines = lines.slice(0, i);
      break;
    }
  }
  strip();
  // "-m", "— JD": initials after a dash, alone on the last line under a blank one, sign the reply.
  if (lines.length >= 3 && /^\s*[-–—~]\s?\p{L}{1,3}\.?\s*$/u.test(lines[lines.length - 1]!) && isBlank(lines[lines.length - 2]) && textIdx().length >= 2) {
    lines.pop();
    strip();
  }
  // "- Dana (Ava's mom)", "— Priya, Year 9 parent", "-- Sam" (the signature's two dashes on the name's own line): a dash, a name and a note on who the person is, on the last line, sign
  // the reply (even above a client's footer).
  if (lines.length >= 2 && textIdx().length >= 2) {
    const last = lines[lines.length - 1]!;
    const dn = /^\s*(?:--|[-–—~])\s*([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\s*(?:\([^()]{1,40}\)|,\s*[^,.!?]{2,30})?\s*$/u.exec(last);
    const prev = lines.slice(0, -1).reverse().find((l) => l.trim()) ?? '';
    // Not the last item of a dashed list ("Needs:\n- Projector\n- Laptops").
    if (dn && !/^\s*(?:[-–—*•+]|\d{1,2}[.)])/.test(prev) && !/[:：]\s*$/.test(prev) && NAME_LINE.test(dn[1]!) && !SIGN_OFF_WORDS.test(dn[1]!) && !NOT_A_NAME.test(dn[1]!)) {
      lines.pop();
      strip();
    }
  }
  // "… iza tabon.\nFahad", "Feliz Navidad!\nProf. Ana Rivera\nNYC DOE", "Yalla bye\nKarim": a bare name (and at most two
  // short signature lines under it) right under the last sentence or a short closing, with no blank line between, signs it.
  // (Not above a client's footer, "Sent from Mail for Windows": there the typed name is kept as such parsers keep it.)
  if (!clientFooter) {
    const idx3 = textIdx();
    for (let n = Math.min(3, idx3.length - 1); n >= 1; n--) {
      const first = idx3[idx3.length - n]!;
      if (idx3[idx3.length - 1]! - first !== n - 1) continue;
      const head = lines[first]!;
      const prev = lines[first - 1];
      if (prev === undefined || isBlank(prev) || QUOTE.test(prev)) continue;
      if (!NAME_LINE.test(head) || wordCount(head) > 3 || (wordCount(head) >= 2 && !/\p{Ll}/u.test(head)) || SIGN_OFF_WORDS.test(head) || NOT_A_NAME.test(head) || signOff(head)) continue;
      if (!lines.slice(first + 1).every((l) => SIG_LINE(l) && wordCount(l) <= 5 && !/^\s*[-*•]\s/.test(l))) continue;
      const p = prev.replace(EMOJI_TAIL, '¶').trim();
      if (/[.!?…)¶]$/.test(p) || signOff(prev) || (wordCount(prev) <= 3 && idx3.length >= 3 && !/[:：,;]$/.test(p) && !NAME_LINE.test(prev) && /\s\p{Ll}/u.test(prev))) {
        lines = lines.slice(0, first);
        break;
      }
    }
    strip();
  }
  // A trailing block after a blank line that starts with a bare name: name, title, phone (above a "P.S." as well:
  // "Marta\nForno Marta, Via del Pigneto 41, Roma\n\nP.S. …").
  // Twice: a first name alone can sit above a full signature block ("Sam\n\nSam Lee | Example | sam@…").
  for (let pass = 0; pass < 2; pass++) {
  const idx2 = textIdx();
  if (idx2.length >= 2) {
    let start = lines.length - 1;
    while (start > 0 && !isBlank(lines[start - 1])) start--;
    // An em dash or other rule alone above the name ("—\nSam Lee").
    const all = lines.slice(start).filter((l) => l.trim());
    const block = all.length >= 2 && DELIMITER.test(all[0]!) ? all.slice(1) : all;
    // "Sam Lee | Community Manager | Example": the name is the part before the first separator.
    const head = block[0] ? block[0].split(NAME_SEP)[0]!.replace(EMOJI_TAIL, '').replace(/\s+x{1,3}$/, '').replace(/^\s*x{1,3}\s+(?=\p{Lu})/u, '') : '';
    // Longer blocks only with a way to reach the person (phone, address, link) in them.
    const maxLines = block.some((l) => CONTACT.test(l)) ? 8 : 4;
    if (start > 0 && block.length <= maxLines && NAME_LINE.test(head) && wordCount(head) <= 4 && block.every(SIG_LINE) && !SIGN_OFF_WORDS.test(block[0]!) && !signOff(block[0]!)) {
      const before = lines.slice(0, start).filter((l) => l.trim() && !QUOTE.test(l));
      // A list the person introduced ("Things I can bring:") is not a signature.
      if (before.length && !/[:：]\s*$/.test(before[before.length - 1]!)) lines = lines.slice(0, start);
    }
  }
  strip();
  }
  if (ps.length) {
    strip();
    lines = [...lines, '', ...ps];
  }
  return lines;
}
// "P.S. …", "PS: …", "PPS …".
const POSTSCRIPT = /^\s*p\.?\s?p?\.?\s?s\.?(?:[:\s-]|$)/i;
// Capitalised words at the end that are no one's name: days, months, places in time ("See you\nMonday").
const NOT_A_NAME = /^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|tomorrow|tonight|soon|later|maybe|please|reschedule|again|everyone|all|team|thanks|thank you|offers?|needs?|wish(?:es)?|commitments?|pledge|goals?|next steps?)\b/i;
// Single capitalised words that are replies, not names ("Yes", "Done").
const SIGN_OFF_WORDS = /^\s*(yes|no|done|ok|okay|sure|thanks|great|nope|yep|yeah|stop|unsubscribe|join|drop|cancel|send|not yet)\b/i;
