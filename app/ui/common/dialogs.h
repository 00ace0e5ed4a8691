#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

// The app's blocking dialogs (file pickers, message boxes) behind one seam, so an offscreen
// test can answer them in advance and read what the user would have been told.
class Dialogs
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                const QString &filter);
    // A folder (in test mode: the next queued file name).
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Test seam: while enabled, no dialog is shown; pickers return the queued file names
    // (empty = cancelled), questions the queued answers (default: the default button), and
    // every message is recorded.
    static void setTestMode(bool on);
    // Dialogs a window opens of its own accord (the first-run guide) stay closed meanwhile.
    static bool testMode();
    static void queueFileName(const QString &fileName);
    static void queueAnswer(QMessageBox::StandardButton answer);
    static QStringList takeMessages();
};
