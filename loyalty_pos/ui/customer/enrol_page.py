"""Enrolment by the customer, on the customer screen: name, phone, e-mail, and the
answer for each channel we may send offers by.

The customer taps a field and types on the on-screen keyboard (``keyboard.py``); the
fields take no focus and no physical key, so the cashier's keyboard stays the
cashier's. Each channel is a large button, not ticked: silence is not consent. The
counter's ``CustomerEnrolDialog`` shows what the customer typed as they type it, and the
cashier confirms there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from .. import theme
from . import words
from .keyboard import OnScreenKeyboard, joined
from .parts import BODY_PT, big_label

CHANNELS = ("email", "sms", "post")
FIELD_PT = 22
FIELD_PX = 54  # a line of FIELD_PT text with its descenders, a finger's height
MAX_LENGTHS = {"name": 80, "phone": 30, "email": 120}


def channel_text(channel: str) -> str:
    return {
        "email": words.tr("Offers by e-mail"),
        "sms": words.tr("Offers by text message"),
        "post": words.tr("Offers by post"),
    }[channel]


class EnrolPage(QWidget):
    changed = Signal()  # a field or an answer changed
    finished = Signal()  # "Next" on the last field

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = big_label(words.tr("Join our loyalty programme"), BODY_PT, self, bold=True)
        form = QGridLayout()
        self.fields: dict[str, QLineEdit] = {}
        for row, (key, label) in enumerate(
            (
                ("name", words.tr("Your name")),
                ("phone", words.tr("Phone")),
                ("email", words.tr("E-mail")),
            )
        ):
            caption = QLabel(label, self)
            theme.set_font(caption, FIELD_PT, bold=True)
            field = QLineEdit(self)
            field.setReadOnly(True)  # typed on the screen's own keys
            field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            field.setMaxLength(MAX_LENGTHS[key])
            theme.set_font(field, FIELD_PT)
            field.setMinimumHeight(FIELD_PX)
            field.installEventFilter(self)
            form.addWidget(caption, row, 0)
            form.addWidget(field, row, 1)
            self.fields[key] = field
        self.question = big_label(
            words.tr("May we send you offers? Tap each way you agree to."),
            FIELD_PT,
            self,
        )
        answers = QHBoxLayout()
        self.answers: dict[str, QPushButton] = {}
        for channel in CHANNELS:
            button = QPushButton(channel_text(channel), self)
            button.setCheckable(True)
            button.setChecked(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.set_font(button, FIELD_PT)
            button.setMinimumHeight(FIELD_PX)
            button.toggled.connect(lambda _on, b=button: self._answered(b))
            answers.addWidget(button)
            self.answers[channel] = button
            self._answered(button)
        self.keyboard = OnScreenKeyboard(language, self)
        self.keyboard.typed.connect(self.type_text)
        self.keyboard.erased.connect(self.erase)
        self.keyboard.done.connect(self.next_field)
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0)
        grid.addLayout(form, 1, 0)
        grid.addWidget(self.question, 2, 0)
        grid.addLayout(answers, 3, 0)
        grid.addWidget(self.keyboard, 4, 0)
        self.current = "name"
        self._mark_current()

    # Typing -----------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            for key, field in self.fields.items():
                if field is obj:
                    self.choose(key)
                    return True
        return False

    def choose(self, key: str) -> None:
        self.current = key
        self._mark_current()

    def _mark_current(self) -> None:
        for key, field in self.fields.items():
            field.setProperty("current", key == self.current)
            field.setStyleSheet("border: 3px solid #1565c0;" if key == self.current else "")

    def type_text(self, text: str) -> None:
        field = self.fields[self.current]
        before = field.text()
        if self.current == "name" and text.isalpha() and (not before or before.endswith(" ")):
            text = text.upper()  # a name's words start with a capital
        if self.current == "name" and text == " " and (not before or before.endswith(" ")):
            return
        field.setText(joined(before + text)[: field.maxLength()])
        self.changed.emit()

    def erase(self) -> None:
        field = self.fields[self.current]
        field.setText(field.text()[:-1])
        self.changed.emit()

    def next_field(self) -> None:
        order = list(self.fields)
        at = order.index(self.current)
        if at + 1 < len(order):
            self.choose(order[at + 1])
        else:
            self.finished.emit()

    def _answered(self, button: QPushButton) -> None:
        on = button.isChecked()
        button.setText(("✔ " if on else "") + button.text().removeprefix("✔ "))
        self.changed.emit()

    # What was given ---------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {key: field.text().strip() for key, field in self.fields.items()}

    def consents(self) -> dict[str, bool]:
        """Each channel's answer: ticked is yes, left as it was is no."""
        return {channel: button.isChecked() for channel, button in self.answers.items()}

    def reset(self) -> None:
        for field in self.fields.values():
            field.clear()
        for button in self.answers.values():
            button.setChecked(False)
        self.choose("name")
