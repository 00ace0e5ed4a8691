#include "preferencesdialog.h"

#include "changenotifier.h"
#include "db/database.h"
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    // All panels or none: a bad value on one tab leaves every stored setting as it was.
    Transaction tx(m_context.database->connection());
    if (!tx.isActive()) {
        m_error->setText(tr("The preferences could not be saved: %1")
                             .arg(m_context.database->connection().lastError().text()));
        m_error->show();
        return;
    }
    for (int i = 0; i < m_panels.size(); ++i) {
        QString error;
        if (!m_panels[i]->save(&error)) {
            m_tabs->setCurrentIndex(i);
            m_error->setText(error);
            m_error->show();
            return;
        }
    }
    if (!tx.commit()) {
        m_error->setText(tr("The preferences could not be saved: %1")
                             .arg(m_context.database->connection().lastError().text()));
        m_error->show();
        return;
    }
    if (m_context.notifier)
        m_context.notifier->notify(ChangeNotifier::Everything);
    QDialog::accept();
}
