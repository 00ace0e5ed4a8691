#pragma once

#include <QDialog>
#include <QList>

#include "workbenchcontext.h"

class QLabel;
class QTabWidget;
class SettingsPanel;

// Edit > Preferences: a tab per area's SettingsPanel. OK saves all of them in one transaction,
// as one undoable edit ("Change Preferences").
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const WorkbenchContext &context, const QList<SettingsPanel *> &panels,
                      QWidget *parent = nullptr);

    void accept() override;

private:
    void showError(const QString &message);

    WorkbenchContext m_context;
    QList<SettingsPanel *> m_panels;
    QTabWidget *m_tabs;
    QLabel *m_error;
};
