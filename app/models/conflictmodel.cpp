#include "models/conflictmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace caravan::models {

ConflictListModel::ConflictListModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(std::move(db))
{
    reload();
}

void ConflictListModel::reload()
{
    beginResetModel();
    m_conflicts = m_store.unresolved();
    endResetModel();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflicts.size())
        return {};
    const auto &c = m_conflicts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList fields;
        for (const auto &f : c.fields)
            fields << f.field;
        const QString what = c.entity == QLatin1String("listing")
                                 ? tr("Listing %1").arg(c.entityId.left(8))
                                 : c.entity + QLatin1Char(' ') + c.entityId.left(8);
        const QString state =
            c.state == QLatin1String("resolving") ? tr(" (resolved, waiting to sync)") : QString();
        return QString(what + QStringLiteral(": ") + fields.join(QStringLiteral(", ")) + state);
    }
    case IdRole:
        return c.id;
    case StateRole:
        return c.state;
    default:
        return {};
    }
}

ConflictFieldsModel::ConflictFieldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConflictFieldsModel::setConflict(const data::ConflictRecord &conflict)
{
    beginResetModel();
    m_conflict = conflict;
    m_chosen = {};
    endResetModel();
    emit completeChanged(complete());
}

void ConflictFieldsModel::choose(int row, Side side)
{
    if (row < 0 || row >= m_conflict.fields.size())
        return;
    const auto &f = m_conflict.fields.at(row);
    m_chosen.insert(f.field, side == Side::ThisDevice ? f.client : f.server);
    emit dataChanged(index(row, Chosen), index(row, Chosen));
    emit completeChanged(complete());
}

void ConflictFieldsModel::chooseAll(Side side)
{
    for (int row = 0; row < m_conflict.fields.size(); ++row)
        choose(row, side);
}

bool ConflictFieldsModel::complete() const
{
    if (m_conflict.fields.isEmpty())
        return false;
    for (const auto &f : m_conflict.fields)
        if (!m_chosen.contains(f.field))
            return false;
    return true;
}

int ConflictFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflict.fields.size());
}

int ConflictFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictFieldsModel::display(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue ConflictFieldsModel::parse(const QString &text, const QJsonValue &like)
{
    switch (like.type()) {
    case QJsonValue::Double: {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        return ok ? QJsonValue(n) : QJsonValue(QJsonValue::Undefined);
    }
    case QJsonValue::Bool:
        return text.trimmed() == tr("yes") || text.trimmed() == QLatin1String("true");
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isArray())
            return doc.array();
        if (doc.isObject())
            return doc.object();
        return QJsonValue(QJsonValue::Undefined);
    }
    default:
        return text;
    }
}

QVariant ConflictFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflict.fields.size())
        return {};
    const auto &f = m_conflict.fields.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Field:
            return f.field;
        case Base:
            return display(f.base);
        case ThisDevice:
            return display(f.client);
        case Server:
            return display(f.server);
        case Chosen:
            if (!m_chosen.contains(f.field))
                return role == Qt::EditRole ? display(f.client) : tr("(choose)");
            return display(m_chosen.value(f.field));
        default:
            break;
        }
    }
    return {};
}

bool ConflictFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Chosen || role != Qt::EditRole ||
        index.row() >= m_conflict.fields.size())
        return false;
    const auto &f = m_conflict.fields.at(index.row());
    const QJsonValue like = f.client.isUndefined() || f.client.isNull() ? f.server : f.client;
    const QJsonValue parsed = parse(value.toString(), like);
    if (parsed.isUndefined())
        return false;
    m_chosen.insert(f.field, parsed);
    emit dataChanged(index, index);
    emit completeChanged(complete());
    return true;
}

Qt::ItemFlags ConflictFieldsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Chosen && m_conflict.state == QLatin1String("open"))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ConflictFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case Base:
        return tr("Before (last sync)");
    case ThisDevice:
        return tr("This device");
    case Server:
        return tr("Server");
    case Chosen:
        return tr("Keep");
    default:
        return {};
    }
}

} // namespace caravan::models
