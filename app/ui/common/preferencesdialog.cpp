#include "preferencesdialog.h"

#include "changenotifier.h"
#include "changevaluecommand.h"
#include "db/database.h"
#include "db/preferencesstate.h"
#include "db/transaction.h"
#include "fieldproblems.h"
#include "settingspanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QSqlError>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(const WorkbenchContext &context,
                                     const QList<SettingsPanel *> &panels, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_panels(panels)
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    for (SettingsPanel *p : panels) {
        p->setParent(this);
        p->load();
        m_tabs->addTab(p, p->title());
    }
    layout->addWidget(m_tabs);
    m_error->setObjectName(u"preferencesError"_s);
    FieldProblems::style(m_error);
    m_error->hide();
    layout->addWidget(m_error);
    for (int i = 0; i < m_panels.size(); ++i) {
        if (!m_panels[i]->readError().isEmpty()) {
            m_tabs->setCurrentIndex(i);
            showError(m_panels[i]->readError());
            break;
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void PreferencesDialog::accept()
{
    QSqlDatabase db = m_context.database->connection();
    QString why;
    const std::optional<PreferencesState> before = PreferencesState::read(db, &why);
    if (!before) {
        showError(tr("The preferences could not be saved: %1").arg(why));
        return;
    }
    // The panels validate and write as they always did, but only to learn what the file would
    // hold: their transaction is rolled back, and the undo command below writes the change.
    // All panels or none: a bad value on one tab leaves every stored setting as it was.
    std::optional<PreferencesState> after;
    {
        Transaction tx(db);
        if (!tx.isActive()) {
            showError(tr("The preferences could not be saved: %1").arg(db.lastError().text()));
            return;
        }
        for (int i = 0; i < m_panels.size(); ++i) {
            QString error;
            // A tab that could not be read would write its blanks over what is stored.
            if (!m_panels[i]->readError().isEmpty()) {
                m_tabs->setCurrentIndex(i);
                showError(tr("Nothing was saved: %1").arg(m_panels[i]->readError()));
                return;
            }
            if (!m_panels[i]->save(&error)) {
                m_tabs->setCurrentIndex(i);
                showError(error);
                return;
            }
        }
        after = PreferencesState::read(db, &why);
    }
    if (!after) {
        showError(tr("The preferences could not be saved: %1").arg(why));
        return;
    }
    if (*after != *before) {
        // Edit > Undo takes the whole change back, as for every other edit.
        const WorkbenchContext ctx = m_context;
        auto *command = new ChangeValueCommand<PreferencesState>(
            tr("Change Preferences"), *before, *after, [ctx](const PreferencesState &wanted) {
                QSqlDatabase db = ctx.database->connection();
                QString error;
                const std::optional<PreferencesState> now = PreferencesState::read(db, &error);
                if (!now)
                    return WriteResult::failure(error);
                const WriteResult written = wanted.writeOver(db, *now);
                if (written.ok() && ctx.notifier)
                    ctx.notifier->notify(ChangeNotifier::Everything);
                return written;
            });
        const WriteResult saved = StoreCommand::push(m_context.undoStack, command);
        if (!saved.ok()) {
            showError(tr("The preferences could not be saved: %1").arg(saved.error()));
            return;
        }
    }
    QDialog::accept();
}
