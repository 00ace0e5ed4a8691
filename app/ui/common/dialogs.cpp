#include "dialogs.h"

#include <QFileDialog>
#include <QQueue>

namespace {
struct TestState
{
    bool on = false;
    QQueue<QString> fileNames;
    QQueue<QMessageBox::StandardButton> answers;
    QStringList messages;
};
TestState &state()
{
    static TestState s;
    return s;
}
// QMessageBox's static functions guess rich text from a '<'; messages carry file names,
// template keys and SQLite's words, so they are plain text.
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                const QString &text, QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}
} // namespace

void Dialogs::setTestMode(bool on)
{
    state() = TestState();
    state().on = on;
}

bool Dialogs::testMode()
{
    return state().on;
}

void Dialogs::queueFileName(const QString &fileName)
{
    state().fileNames.enqueue(fileName);
}

void Dialogs::queueAnswer(QMessageBox::StandardButton answer)
{
    state().answers.enqueue(answer);
}

QStringList Dialogs::takeMessages()
{
    QStringList m = state().messages;
    state().messages.clear();
    return m;
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    if (state().on)
        return state().fileNames.isEmpty() ? QString() : state().fileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                              const QString &filter)
{
    if (state().on)
        return state().fileNames.isEmpty() ? QString() : state().fileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (state().on)
        return state().fileNames.isEmpty() ? QString() : state().fileNames.dequeue();
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    if (state().on) {
        state().messages << text;
        return state().answers.isEmpty() ? defaultButton : state().answers.dequeue();
    }
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (state().on) {
        state().messages << text;
        return;
    }
    ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    if (state().on) {
        state().messages << text;
        return;
    }
    ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}
