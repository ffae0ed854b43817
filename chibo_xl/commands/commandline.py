"""The Vietnamese command line: click's own hooks, so every command gets it without trying.

A teacher's first mistake must not be met in English. click lets a command choose its context
(`context_class`), the context its help formatter (`formatter_class`), a group the class of the
commands it declares (`command_class`) and how it resolves them (`resolve_command`); `main`
decides what an error looks like. Through those hooks this module gives:

- `ViFormatter`: "Cách dùng:" for "Usage:", Vietnamese section headings;
- `ViCommand`: the help option in Vietnamese, "[mặc định: …]" in option help, Vietnamese
  metavars ("SỔ", "THƯ-MỤC", "SỐ", "CHỮ"), an `example=` that ends its help ("Ví dụ: …"), and
  extra words on the command line explained (usually a file name with spaces, not quoted);
- `ViGroup`: commands declared with `@group.command(...)` are `ViCommand`s; an unknown command
  gets the nearest one; every usage error is printed by `show_error` (what is wrong, the usage
  line, the command's example, where to read more), never click's "Usage:/Try/Error:" block;
  Ctrl+C ends with "Đã dừng." and exit 130 (issue 15 owns the signal handling around it);
- parameter types `WorkbookFile`, `TargetFile`, `Folder`, `TargetFolder`, `Number` whose
  messages say what is wrong with a path or number in Vietnamese and what to do (declared in
  `paramtypes`, given here too, so a command module imports everything from here).

click's own English phrases that can still reach an error (a `click.Path` or `click.Choice` in a
command written without these types) are rendered in Vietnamese by `vietnamese_message`.
"""
from __future__ import annotations

import difflib
import re
import sys

import click

from .paramtypes import Folder, Number, TargetFile, TargetFolder, WorkbookFile, _Type  # noqa: F401

HEADINGS = {"Options": "Tùy chọn", "Commands": "Lệnh", "Arguments": "Tham số"}
USAGE = "Cách dùng: "
OPTIONS_METAVAR = "[TÙY-CHỌN]"
HELP_TEXT = "Xem hướng dẫn này rồi thoát."
EXAMPLE = "Ví dụ: "
STOPPED = "Đã dừng."
EXIT_USAGE, EXIT_STOPPED = 2, 130

#: click's own phrases (as its types and parser word them) → the Vietnamese said instead
_PHRASES = [
    (r"(File|Directory|Path) '(.*)' does not exist\.", "Không có «{1}»."),
    (r"File '(.*)' is a directory\.", "«{0}» là một thư mục, không phải một tệp."),
    (r"Directory '(.*)' is a file\.", "«{0}» là một tệp, không phải một thư mục."),
    (r"(File|Directory|Path) '(.*)' is not (readable|writable|executable)\.",
     "Không có quyền dùng «{1}»."),
    (r"'?(.*?)'? is not a valid integer\.", "«{0}» không phải một số nguyên."),
    (r"'?(.*?)'? is not a valid float\.", "«{0}» không phải một số."),
    (r"'?(.*?)'? is not a valid boolean\.", "«{0}» không phải có/không."),
    (r"'?(.*?)'? is not (?:one of )?(.*)\.", "«{0}» không phải một trong: {1}."),
    (r"(.*) is not in the range (.*)\.", "{0} nằm ngoài khoảng cho phép ({1})."),
    (r"Missing command\.", "Thiếu tên lệnh."),
    (r"Got unexpected extra arguments? \((.*)\)", "Thừa «{0}»."),
]


def vietnamese_message(text: str) -> str:
    """One of click's own English error phrases in Vietnamese; other text unchanged."""
    for pattern, vi in _PHRASES:
        found = re.fullmatch(pattern, text.strip())
        if found:
            return vi.format(*found.groups())
    return text


# ---------------------------------------------------------------------------------------------
# Help and commands
# ---------------------------------------------------------------------------------------------
class ViFormatter(click.HelpFormatter):
    """click's help formatter with the usage prefix and the section headings in Vietnamese."""

    def write_usage(self, prog, args="", prefix=None):
        super().write_usage(prog, args, USAGE if prefix is None else prefix)

    def write_heading(self, heading):
        super().write_heading(HEADINGS.get(heading, heading))


class ViContext(click.Context):
    """A context whose help is formatted by `ViFormatter`."""

    formatter_class = ViFormatter


_EXTRA = {"default": "mặc định", "required": "bắt buộc", "env var": "biến môi trường"}
_METAVARS = {click.types.StringParamType: "CHỮ", click.types.IntParamType: "SỐ",
             click.types.FloatParamType: "SỐ", click.types.BoolParamType: "CÓ/KHÔNG"}


def _vietnamese_extra(help_text: str) -> str:
    """"… [default: 2; required]" → "… [mặc định: 2; bắt buộc]"."""
    found = re.search(r"\[([^\[\]]*)\]$", help_text)
    if not found:
        return help_text
    items = []
    for item in found[1].split("; "):
        key, sep, rest = item.partition(": ")
        items.append(f"{_EXTRA[key]}{sep}{rest}" if key in _EXTRA else item)
    return help_text[:found.start()] + "[" + "; ".join(items) + "]"


class _Vietnamese:
    """What a Vietnamese command and group share: context, help option, metavars, options."""

    context_class = ViContext

    def _vietnamese_params(self) -> None:
        for param in self.params:
            if param.metavar is None and not getattr(param, "is_flag", False) and \
                    not isinstance(param.type, _Type):
                if isinstance(param.type, click.Path):
                    param.metavar = "THƯ-MỤC" if not param.type.file_okay else "TỆP"
                else:
                    param.metavar = _METAVARS.get(type(param.type))

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_TEXT
        return option

    def format_options(self, ctx, formatter):
        rows = [record for param in self.get_params(ctx)
                if (record := param.get_help_record(ctx)) is not None]
        if rows:
            with formatter.section("Options"):
                formatter.write_dl([(name, _vietnamese_extra(text)) for name, text in rows])


class ViCommand(_Vietnamese, click.Command):
    """A command whose help and errors are Vietnamese; `example=` ends its help ("Ví dụ: …").

    Declare one on a `ViGroup` as usual: `@main.command(example="chibo-xl term a.xlsx b.xlsx")`.
    """

    def __init__(self, *args, example: str | None = None, **kwargs):
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        if example:
            kwargs["epilog"] = EXAMPLE + example
        super().__init__(*args, **kwargs)
        self._vietnamese_params()

    @property
    def example(self) -> str | None:
        """The example of the help's last line, without "Ví dụ: "."""
        epilog = (self.epilog or "").strip()
        return epilog[len(EXAMPLE):] if epilog.startswith(EXAMPLE) else None

    def parse_args(self, ctx, args):
        allowed, given = ctx.allow_extra_args, list(args)   # click's parser consumes `args`
        ctx.allow_extra_args = True      # click would fail in English: say it ourselves
        try:
            rest = super().parse_args(ctx, args)
        except click.UsageError as exc:
            raise _placed(exc, ctx, given) from None
        finally:
            ctx.allow_extra_args = allowed
        if rest and not allowed and not ctx.resilient_parsing:
            given = [v for p in self.params if isinstance(p, click.Argument)
                     and isinstance(v := ctx.params.get(p.name), str)]
            whole = " ".join([*given[-1:], *rest])
            raise click.UsageError(
                "Thừa " + ", ".join(f"«{w}»" for w in rest) + ". Tên tệp hay thư mục có dấu "
                f"cách phải đặt trong ngoặc kép, ví dụ \"{whole}\".", ctx)
        return rest


class ViGroup(_Vietnamese, click.Group):
    """The `chibo-xl` group: Vietnamese commands, suggestions, errors and interruption."""

    command_class = ViCommand
    group_class = type          # a sub-group is a ViGroup too

    def __init__(self, *args, example: str | None = None, **kwargs):
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", "LỆNH [THAM-SỐ]...")
        if example:
            kwargs["epilog"] = EXAMPLE + example
        super().__init__(*args, **kwargs)
        self._vietnamese_params()

    def parse_args(self, ctx, args):
        if not args and self.no_args_is_help and not ctx.resilient_parsing:
            click.echo(ctx.get_help(), color=ctx.color)
            ctx.exit(0)
        given = list(args)
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            raise _placed(exc, ctx, given) from None

    def format_options(self, ctx, formatter):
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def resolve_command(self, ctx, args):
        name = args[0]
        if self.get_command(ctx, name) is None and not name.startswith("-"):
            near = difflib.get_close_matches(name, self.list_commands(ctx), n=1)
            raise click.UsageError(
                f"Không có lệnh «{name}»." + (f" Có phải ý bạn là «{near[0]}»?" if near else "")
                + " Các lệnh: " + ", ".join(self.list_commands(ctx)) + ".", ctx)
        return super().resolve_command(ctx, args)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             **extra):
        """As click's main, but errors and interruption are shown by chibo-xl, in Vietnamese."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            show_error(exc)
            sys.exit(EXIT_USAGE)
        except click.ClickException as exc:
            click.echo("Lỗi: " + vietnamese_message(exc.format_message()), err=True)
            sys.exit(exc.exit_code)
        except (click.Abort, KeyboardInterrupt, EOFError):
            click.echo(STOPPED, err=True)
            sys.exit(EXIT_STOPPED)
        # click returns an exit code only for `ctx.exit(n)` (help, version); a command's own
        # return value is not an exit code
        sys.exit(code if isinstance(code, int) and not isinstance(code, bool) else 0)


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------
def _placed(exc: click.UsageError, ctx, args) -> click.UsageError:
    """The error with its context (click's parser leaves some without) and, when a path with
    spaces was given unquoted, the advice to quote it."""
    if exc.ctx is None:
        exc.ctx, exc.cmd = ctx, ctx.command
    param = getattr(exc, "param", None)
    if isinstance(exc, click.BadParameter) and isinstance(param, click.Argument) and \
            not isinstance(exc, click.MissingParameter):
        taking = {o for p in ctx.command.params if isinstance(p, click.Option) and not p.is_flag
                  for o in p.opts}
        positions, skip = [], False
        for i, word in enumerate(args):
            if skip:
                skip = False
            elif word.startswith("-"):
                skip = word in taking                        # its value is the next word
            else:
                positions.append(i)
        start = positions[0] if positions else len(args)
        following = [args[i] for n, i in enumerate(positions[1:], start=1)
                     if i == start + n]                      # right after it, no option between
        if following and start < len(args):
            whole = " ".join([args[start], *following])
            exc.message = (f"{exc.message} Nếu tên tệp có dấu cách, hãy đặt cả tên trong "
                           f"ngoặc kép: \"{whole}\".")
    return exc


def _param_name(param, ctx) -> str:
    if isinstance(param, click.Argument):
        return param.make_metavar(ctx) if ctx else (param.metavar or param.name.upper())
    return "/".join(param.opts)


def describe(exc: click.UsageError) -> str:
    """What is wrong, in one or two Vietnamese sentences."""
    ctx = exc.ctx
    if isinstance(exc, click.MissingParameter) and exc.param is not None:
        what = getattr(exc.param.type, "what", None)
        name = _param_name(exc.param, ctx).strip("[]")
        if isinstance(exc.param, click.Argument):
            return f"Thiếu {what} ({name})." if what else f"Thiếu {name}."
        return f"Thiếu tùy chọn «{name}»."
    if isinstance(exc, click.BadParameter):
        message = vietnamese_message(exc.message)
        if isinstance(exc.param, click.Option):
            return f"«{_param_name(exc.param, ctx)}»: {message}"
        return message
    if isinstance(exc, click.NoSuchOption):
        near = exc.possibilities or []
        return (f"Không có tùy chọn «{exc.option_name}»."
                + (f" Có phải ý bạn là «{near[0]}»?" if near else ""))
    if isinstance(exc, click.BadOptionUsage):
        if "does not take a value" in exc.message:
            return f"Tùy chọn «{exc.option_name}» không nhận giá trị: chỉ ghi «{exc.option_name}»."
        return f"Tùy chọn «{exc.option_name}» cần một giá trị ngay sau nó."
    return vietnamese_message(exc.message)


def show_error(exc: click.UsageError) -> None:
    """The whole message of a usage error on stderr: what, usage, example, where to read more."""
    ctx = exc.ctx
    lines = ["Lỗi: " + describe(exc)]
    if ctx is not None:
        lines.append(ctx.get_usage())
        example = getattr(ctx.command, "example", None)
        if example:
            lines.append(EXAMPLE + example)
        lines.append(f"Xem hướng dẫn đầy đủ: {ctx.command_path} --help")
    click.echo("\n".join(lines), err=True)
