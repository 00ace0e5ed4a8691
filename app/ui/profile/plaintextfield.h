#pragma once

#include <QPlainTextEdit>

// A multi-line text field that, like QLineEdit, says when the user is done with it: when it
// loses focus with changed text. Tab moves on (it does not type a tab).
class PlainTextField : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PlainTextField(QWidget *parent = nullptr);

    // Sets TEXT without counting as an edit; keeps the cursor when the text is unchanged.
    void setText(const QString &text);
    QString text() const { return toPlainText(); }

signals:
    void editingFinished();

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_atFocus;
};
