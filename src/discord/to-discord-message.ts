// The Discord renderer: a plain Reply as a message payload (embeds, markdown, escaping, colours, buttons), clipped
// to Discord's limits, mentions off.
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  TextInputStyle,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
  type APIStringSelectComponent,
} from 'discord.js';
import type { Reply, ReplyButton, ReplyCard, ReplyForm, ReplySelect, Tone } from '../render/reply.js';
import { spansOf, type Rich, type Span } from '../render/rich-text.js';
import { escapeMarkdownText as escapeMarkdown } from './escape-markdown.js';
import { clip, LIMITS, neutralizeMentions } from './limits.js';

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent | APIStringSelectComponent>[];
  allowedMentions: { parse: []; repliedUser: false };
  flags?: MessageFlags.Ephemeral;
  /** Uploaded with the message (multipart); the first embed shows the image as attachment://<name>. */
  files?: { attachment: Buffer; name: string }[];
}

const STYLES = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

const COLORS: Readonly<Record<Tone, number>> = {
  answer: 0x2b8a3e,
  unsure: 0xe67700,
  declined: 0x868e96,
  admin: 0x1971c2,
  error: 0xc92a2a,
};

/** The user's own text, made safe: no markdown effects, no mentions, one line. */
export function safeUserText(text: string, max: number): string {
  return clip(neutralizeMentions(escapeMarkdown(text.replace(/\s+/g, ' ').trim())), max);
}

function spanMarkdown(span: Span): string {
  if (typeof span === 'string') return neutralizeMentions(escapeMarkdown(span));
  if ('strong' in span) return `**${neutralizeMentions(escapeMarkdown(span.strong))}**`;
  if ('em' in span) return `_${neutralizeMentions(escapeMarkdown(span.em))}_`;
  // A backtick cannot be escaped inside inline code; a look-alike keeps the code span whole.
  if ('code' in span) return `\`${neutralizeMentions(span.code.replace(/`/g, 'ˋ'))}\``;
  if ('channel' in span) return `<#${span.channel}>`;
  // Shown as the member's name; allowed mentions are off, so it never pings. Only an id can become a mention.
  if ('member' in span)
    return /^\d{1,25}$/.test(span.member) ? `<@${span.member}>` : safeUserText(span.member, 40);
  return safeUserText(span.user, 200);
}

/**
 * Rich text as Discord markdown: plain text escaped, emphasis and code marked, user text made safe, and every "@"
 * broken span by span (so that a member span alone is a mention).
 */
export function richMarkdown(rich: Rich): string {
  return spansOf(rich).map(spanMarkdown).join('');
}

export function toDiscordMessage(reply: Reply): DiscordMessage {
  let budget = LIMITS.embedTotal;
  const embeds: APIEmbed[] = [];
  reply.cards.slice(0, LIMITS.embedsPerMessage).forEach((card, i) => {
    const embed = toEmbed(card, i === 0 ? reply.question : undefined, budget);
    budget -= embedSize(embed);
    if (budget >= 0) embeds.push(embed);
  });
  const message: DiscordMessage = {
    embeds,
    components: [...toRows(reply.buttons ?? []), ...(reply.selects ?? []).map(toSelectRow)].slice(
      0,
      LIMITS.rows,
    ),
    allowedMentions: { parse: [], repliedUser: false },
  };
  if (reply.content) message.content = clip(richMarkdown(reply.content), LIMITS.content);
  if (reply.private) message.flags = MessageFlags.Ephemeral;
  const first = embeds[0];
  if (reply.image && first) {
    first.image = { url: `attachment://${reply.image.name}` };
    message.files = [{ attachment: reply.image.png, name: reply.image.name }];
  }
  return message;
}

function toEmbed(card: ReplyCard, question: string | undefined, budget: number): APIEmbed {
  const embed: APIEmbed = { title: clip(card.title, LIMITS.embedTitle) };
  // The question is user text: markdown escaped and mentions broken, in the description where markdown renders.
  const asked = question ? `> ❓ ${safeUserText(question, 300)}\n\n` : '';
  const room = Math.max(0, Math.min(LIMITS.embedDescription, budget - 1500) - asked.length);
  const text = card.description === undefined ? '' : richMarkdown(card.description);
  const description = asked + clip(text, room);
  if (description.trim()) embed.description = description;
  embed.color = COLORS[card.tone];
  const fields = (card.fields ?? []).slice(0, LIMITS.embedFields).map((f) => ({
    name: clip(neutralizeMentions(f.name), LIMITS.fieldName),
    value: clip(richMarkdown(f.value), LIMITS.fieldValue) || '—',
    ...(f.inline ? { inline: true } : {}),
  }));
  if (fields.length) embed.fields = fields;
  if (card.footer) embed.footer = { text: clip(card.footer, Math.min(LIMITS.footer, 500)) };
  return embed;
}

/** Characters that count towards the 6,000 total of a message's embeds. */
export function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function toRows(buttons: ReplyButton[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const usable = buttons
    .filter((b) => b.customId.length <= LIMITS.customId)
    .slice(0, LIMITS.rows * LIMITS.buttonsPerRow);
  for (let i = 0; i < usable.length; i += LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: usable.slice(i, i + LIMITS.buttonsPerRow).map((b) => ({
        type: ComponentType.Button,
        custom_id: b.customId,
        label: clip(b.label, LIMITS.buttonLabel),
        style: STYLES[b.style],
        ...(b.emoji ? { emoji: { name: b.emoji } } : {}),
      })) as APIButtonComponent[],
    });
  }
  return rows;
}

function toSelectRow(select: ReplySelect): APIActionRowComponent<APIStringSelectComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: select.customId,
        placeholder: clip(select.placeholder, 150),
        options: select.options.slice(0, 25).map((o) => ({
          label: clip(o.label, 100) || '…',
          value: clip(o.value, 100),
          ...(o.description ? { description: clip(o.description, 100) } : {}),
        })),
      },
    ],
  };
}

/** A form as a Discord modal: one text input per row, at most five, labels and values clipped to Discord's limits. */
export function toDiscordModal(form: ReplyForm): APIModalInteractionResponseCallbackData {
  return {
    custom_id: form.customId,
    title: clip(form.title, 45),
    components: form.inputs.slice(0, 5).map((input) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: input.id,
          label: clip(input.label, 45),
          style: input.paragraph ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: input.required,
          max_length: input.maxLength,
          ...(input.placeholder ? { placeholder: clip(input.placeholder, 100) } : {}),
          ...(input.value ? { value: clip(input.value, input.maxLength) } : {}),
        },
      ],
    })),
  };
}
