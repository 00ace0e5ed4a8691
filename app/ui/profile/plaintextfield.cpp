#include "plaintextfield.h"

PlainTextField::PlainTextField(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setMaximumHeight(fontMetrics().lineSpacing() * 6);
}

void PlainTextField::setText(const QString &text)
{
    if (text != toPlainText())
        setPlainText(text);
    m_atFocus = text;
}

void PlainTextField::focusInEvent(QFocusEvent *event)
{
    m_atFocus = toPlainText();
    QPlainTextEdit::focusInEvent(event);
}

void PlainTextField::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (toPlainText() != m_atFocus) {
        m_atFocus = toPlainText();
        emit editingFinished();
    }
}
