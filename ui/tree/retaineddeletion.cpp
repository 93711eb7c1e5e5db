// SPDX-License-Identifier: MIT
#include "tree/retaineddeletion.h"

#include "common/displaytext.h"
#include "ingest/ingestpipeline.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

RetainedDeletion::RetainedDeletion(IngestPipeline *pipeline, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_pipeline(pipeline)
    , m_dialogParent(dialogParent)
{
    connect(m_pipeline, &IngestPipeline::deleteRetainedProgress, this, &RetainedDeletion::onProgress);
}

bool RetainedDeletion::confirmAndDelete(const QStringList &topics, const QString &where, bool subtree)
{
    if (topics.isEmpty())
        return false;
    QMessageBox box(m_dialogParent);
    box.setObjectName(u"deleteRetainedConfirmation"_s);
    box.setIcon(QMessageBox::Warning);
    box.setTextFormat(Qt::PlainText);
    box.setWindowTitle(tr("Delete retained messages"));
    // The question shows the topics as the tree does; the deletion below publishes to the real ones.
    const QString first = Canopy::visibleText(topics.constFirst());
    const QString shownWhere = Canopy::visibleText(where);
    if (topics.size() == 1 && !subtree) {
        box.setText(tr("Delete the retained message of \"%1\" from the broker?").arg(first));
    } else if (topics.size() == 1) {
        box.setText(
            tr("Delete the retained message of 1 topic in \"%1\" (%2) from the broker?").arg(shownWhere, first));
    } else {
        box.setText(
            tr("Delete the retained messages of %Ln topic(s) in \"%1\" from the broker?", nullptr, int(topics.size()))
                .arg(shownWhere));
    }
    box.setInformativeText(
        tr("Canopy publishes an empty retained message to each topic. New subscribers will no longer receive them; "
           "this cannot be undone."));
    QPushButton *deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(u"confirmDelete"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return false;

    m_total += int(topics.size());
    if (!m_progress) {
        m_progress = new QProgressDialog(m_dialogParent);
        m_progress->setObjectName(u"deleteRetainedProgress"_s);
        m_progress->setWindowTitle(tr("Delete retained messages"));
        m_progress->setCancelButtonText(tr("Hide"));
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(0);
        m_progress->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_progress->setLabelText(tr("Deleting retained messages…"));
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    m_progress->show();
    m_pipeline->deleteRetained(topics);
    return true;
}

void RetainedDeletion::onProgress(int done, int total)
{
    if (m_progress) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setLabelText(
            tr("Deleting retained messages: %1 of %2 done").arg(QLocale().toString(done), QLocale().toString(total)));
    }
    if (done >= total) {
        m_total = 0;
        if (m_progress)
            m_progress->close();
        Q_EMIT finished(total);
    }
}
