<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PayoutIdentityForm</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2; choose a smaller photo or scan.</source>
        <translation>%1 大于 %2；请选择较小的照片或扫描件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG photo or a PDF scan.</source>
        <translation>%1 不是 JPEG 或 PNG 照片，也不是 PDF 扫描件。</translation>
    </message>
    <message>
        <source>Enter your legal name as it is written on your identity document.</source>
        <translation>请按身份证件上的写法填写您的法定姓名。</translation>
    </message>
    <message>
        <source>Enter your date of birth.</source>
        <translation>请填写您的出生日期。</translation>
    </message>
    <message>
        <source>Enter your address: street, city and country.</source>
        <translation>请填写您的地址：街道、城市和国家。</translation>
    </message>
    <message>
        <source>Choose a photo or scan of your identity document.</source>
        <translation>请选择身份证件的照片或扫描件。</translation>
    </message>
</context>
<context>
    <name>caravan::data::ConflictStore</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>此冲突已不存在。</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>此冲突已经解决。</translation>
    </message>
    <message>
        <source>Choose a value for “%1” first.</source>
        <translation>请先为“%1”选择一个值。</translation>
    </message>
    <message>
        <source>“%1” is not part of this conflict.</source>
        <translation>“%1”不属于此冲突。</translation>
    </message>
</context>
<context>
    <name>caravan::data::ListingCsv</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>caravan::data::ListingRepository</name>
    <message numerus="yes">
        <source>The listing “%1” was not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>商品“%1”未保存：有 %n 个问题需要修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start a transaction on the local database: %1</source>
        <translation>无法在本地数据库上开始事务：%1</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>Saving the listing failed: %1</source>
        <translation>保存商品失败：%1</translation>
    </message>
    <message>
        <source>Saving the listing&apos;s photos failed: %1</source>
        <translation>保存商品照片失败：%1</translation>
    </message>
    <message>
        <source>Queueing the change for sync failed: %1</source>
        <translation>无法将更改加入同步队列：%1</translation>
    </message>
    <message>
        <source>There is no listing %1.</source>
        <translation>不存在商品 %1。</translation>
    </message>
</context>
<context>
    <name>caravan::data::LocalDatabase</name>
    <message>
        <source>Cannot create the folder %1 for the local database.</source>
        <translation>无法为本地数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation>无法打开本地数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot switch the local database %1 to write-ahead logging: %2</source>
        <translation>无法将本地数据库 %1 切换为预写日志（WAL）模式：%2</translation>
    </message>
</context>
<context>
    <name>caravan::data::MessageRepository</name>
    <message>
        <source>Write a message first.</source>
        <translation>请先写下消息内容。</translation>
    </message>
    <message>
        <source>A message has at most %1 characters.</source>
        <translation>一条消息最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The message holds a control character; remove it.</source>
        <translation>消息中含有控制字符，请将其删除。</translation>
    </message>
    <message>
        <source>Too many messages were sent in the last hour; write again later.</source>
        <translation>过去一小时内发送的消息过多，请稍后再发。</translation>
    </message>
    <message>
        <source>This conversation is not one of yours.</source>
        <translation>这不是您的对话。</translation>
    </message>
    <message>
        <source>The server did not take this text.</source>
        <translation>服务器未接受这段文字。</translation>
    </message>
    <message>
        <source>A sent message cannot be changed.</source>
        <translation>已发送的消息无法修改。</translation>
    </message>
    <message>
        <source>The server refused the message (%1).</source>
        <translation>服务器拒绝了这条消息（%1）。</translation>
    </message>
    <message>
        <source>Reading the messages failed: %1</source>
        <translation>读取消息失败：%1</translation>
    </message>
    <message>
        <source>Saving what you read failed: %1</source>
        <translation>保存已读状态失败：%1</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the local database: %1</source>
        <translation>无法在本地数据库上开始事务：%1</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>不存在对话 %1。</translation>
    </message>
    <message>
        <source>Saving the message failed: %1</source>
        <translation>保存消息失败：%1</translation>
    </message>
    <message>
        <source>Queueing the message for sync failed: %1</source>
        <translation>将消息加入同步队列失败：%1</translation>
    </message>
</context>
<context>
    <name>caravan::data::MigrationMessages</name>
    <message>
        <source>Cannot read the version of the local database: %1</source>
        <translation>无法读取本地数据库的版本：%1</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Caravan (schema %1; this version knows up to %2). Please update Caravan.</source>
        <translation>本地数据库由更新版本的 Caravan 写入（结构版本 %1；当前版本最高支持 %2）。请更新 Caravan。</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the local database: %1</source>
        <translation>无法在本地数据库上开始事务：%1</translation>
    </message>
    <message>
        <source>Local database upgrade step %1 is missing.</source>
        <translation>缺少本地数据库升级步骤 %1。</translation>
    </message>
    <message>
        <source>Upgrading the local database to version %1 failed: %2. Nothing was changed.</source>
        <translation>将本地数据库升级到版本 %1 失败：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Upgrading the local database failed: %1. Nothing was changed.</source>
        <translation>本地数据库升级失败：%1。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>caravan::data::OrderRepository</name>
    <message>
        <source>Reading the orders failed: %1</source>
        <translation>读取订单失败：%1</translation>
    </message>
    <message>
        <source>Choose the carrier, or type its name (up to 40 characters).</source>
        <translation>请选择承运商，或输入其名称（最多 40 个字符）。</translation>
    </message>
    <message>
        <source>Enter the tracking number from the carrier&apos;s receipt.</source>
        <translation>请输入承运商收据上的运单号。</translation>
    </message>
    <message>
        <source>A tracking number has 4 to 40 characters.</source>
        <translation>运单号应为 4 到 40 个字符。</translation>
    </message>
    <message>
        <source>A tracking number holds only letters, digits and hyphens.</source>
        <translation>运单号只能包含字母、数字和连字符。</translation>
    </message>
    <message>
        <source>This is not a tracking number of this carrier; they look like %1.</source>
        <translation>这不是该承运商的运单号；其运单号格式类似 %1。</translation>
    </message>
    <message>
        <source>This is not a tracking number of this carrier.</source>
        <translation>这不是该承运商的运单号。</translation>
    </message>
    <message>
        <source>The check digit of this number is wrong: compare it with the carrier&apos;s receipt.</source>
        <translation>此运单号的校验位不正确，请与承运商收据核对。</translation>
    </message>
    <message>
        <source>This tracking number cannot be used (%1).</source>
        <translation>无法使用此运单号（%1）。</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the local database: %1</source>
        <translation>无法在本地数据库上开始事务：%1</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>This order is already marked shipped; the shipment waits to be synced.</source>
        <translation>此订单已标记为已发货，发货信息正在等待同步。</translation>
    </message>
    <message>
        <source>Only a paid order can be marked shipped.</source>
        <translation>只有已付款的订单才能标记为已发货。</translation>
    </message>
    <message>
        <source>Queueing the shipment for sync failed: %1</source>
        <translation>将发货信息加入同步队列失败：%1</translation>
    </message>
    <message>
        <source>Saving the shipment failed: %1</source>
        <translation>保存发货信息失败：%1</translation>
    </message>
</context>
<context>
    <name>caravan::data::PackingEvidenceRepository</name>
    <message>
        <source>Packing evidence belongs to a listing or an order.</source>
        <translation>打包凭证必须属于某个商品或订单。</translation>
    </message>
    <message>
        <source>Add at least one photo of the packed parcel.</source>
        <translation>请至少添加一张已打包包裹的照片。</translation>
    </message>
    <message>
        <source>Enter the measured weight and all three sides of the parcel.</source>
        <translation>请填写包裹实测重量以及长、宽、高三边尺寸。</translation>
    </message>
    <message>
        <source>Queueing the evidence for upload failed: %1</source>
        <translation>将证据加入上传队列失败：%1</translation>
    </message>
</context>
<context>
    <name>caravan::data::PhotoStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; photos that large are not accepted.</source>
        <translation>%1 超过 %2 MB，不接受这么大的照片。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This is not an image Caravan can read (JPEG, PNG, WebP, GIF or BMP).</source>
        <translation>这不是 Caravan 能读取的图片（JPEG、PNG、WebP、GIF 或 BMP）。</translation>
    </message>
    <message>
        <source>The image claims to be %1 × %2 pixels, which is larger than any camera photo (at most %3 pixels on a side and %4 megapixels are accepted).</source>
        <translation>该图片声称为 %1 × %2 像素，比任何相机照片都大（单边最多 %3 像素、总计最多 %4 百万像素）。</translation>
    </message>
    <message>
        <source>The JPEG file is incomplete (it was probably cut off while copying or downloading).</source>
        <translation>该 JPEG 文件不完整（可能在复制或下载时被截断）。</translation>
    </message>
    <message>
        <source>The PNG file is incomplete (it was probably cut off while copying or downloading).</source>
        <translation>该 PNG 文件不完整（可能在复制或下载时被截断）。</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>无法解码该图片：%1</translation>
    </message>
    <message>
        <source>There is no image to add.</source>
        <translation>没有可添加的图片。</translation>
    </message>
    <message>
        <source>The image is larger than %1 pixels on a side.</source>
        <translation>图片单边超过 %1 像素。</translation>
    </message>
    <message>
        <source>The image has no pixels.</source>
        <translation>图片没有任何像素。</translation>
    </message>
    <message>
        <source>The photo could not be encoded as JPEG.</source>
        <translation>无法将照片编码为 JPEG。</translation>
    </message>
    <message>
        <source>The photo could not be saved in %1.</source>
        <translation>无法将照片保存到 %1。</translation>
    </message>
    <message>
        <source>The photo could not be recorded: %1</source>
        <translation>无法记录照片：%1</translation>
    </message>
    <message>
        <source>The photo is not in the local photo store.</source>
        <translation>本地照片库中没有这张照片。</translation>
    </message>
    <message>
        <source>The crop area is too small (at least 16 × 16 pixels).</source>
        <translation>裁剪区域太小（至少 16 × 16 像素）。</translation>
    </message>
    <message>
        <source>The photo name is not a SHA-256.</source>
        <translation>照片名称不是 SHA-256 值。</translation>
    </message>
    <message>
        <source>The server sent something that is not a complete JPEG photo.</source>
        <translation>服务器发来的不是完整的 JPEG 照片。</translation>
    </message>
    <message>
        <source>The server sent a photo Caravan cannot read or one larger than %1 pixels on a side.</source>
        <translation>服务器发来的照片 Caravan 无法读取，或其边长超过 %1 像素。</translation>
    </message>
</context>
<context>
    <name>caravan::data::TemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation>模板需要一个名称。</translation>
    </message>
</context>
<context>
    <name>caravan::data::TokenStore</name>
    <message>
        <source>No saved sign-in was found in the keyring.</source>
        <translation>密钥环中没有已保存的登录信息。</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1). Caravan does not store sign-ins in plain text, so you will need to sign in again next time. You can keep working offline with the data on this computer.</source>
        <translation>系统密钥环不可用（%1）。Caravan 不会以明文保存登录信息，因此下次需要重新登录。您仍可以使用本机上的数据离线工作。</translation>
    </message>
    <message>
        <source>Access to the system keyring was denied (%1).</source>
        <translation>访问系统密钥环被拒绝（%1）。</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the keyring (%1).</source>
        <translation>无法从密钥环中删除已保存的登录信息（%1）。</translation>
    </message>
    <message>
        <source>The system keyring reported an error: %1</source>
        <translation>系统密钥环报告了错误：%1</translation>
    </message>
</context>
<context>
    <name>caravan::models::ConflictFieldsModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before (last sync)</source>
        <translation>之前（上次同步）</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>caravan::models::ConflictListModel</name>
    <message>
        <source>Listing %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source> (resolved, waiting to sync)</source>
        <translation>（已解决，等待同步）</translation>
    </message>
</context>
<context>
    <name>caravan::models::DisputeQueueModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Another member of staff</source>
        <translation>其他客服</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>发出 → 目的地</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>托管金额</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
</context>
<context>
    <name>caravan::models::DisputeSharesCalculator</name>
    <message>
        <source>Choose what happens to the money.</source>
        <translation>请选择款项的处理方式。</translation>
    </message>
    <message>
        <source>The refund must be more than 0 and less than item + postage (%1).</source>
        <translation>退款金额必须大于 0 且小于商品加运费（%1）。</translation>
    </message>
    <message>
        <source>The split cannot be computed: %1</source>
        <translation>无法计算分摊：%1</translation>
    </message>
    <message>
        <source>The buyer gets %1 back once the seller has the item again.</source>
        <translation>卖家收回商品后，买家获退 %1。</translation>
    </message>
    <message>
        <source>The buyer gets %1 back.</source>
        <translation>买家获退 %1。</translation>
    </message>
    <message>
        <source>The buyer gets nothing back.</source>
        <translation>买家不获退款。</translation>
    </message>
    <message>
        <source>Of that, the buyer protection fee: %1.</source>
        <translation>其中买家保障费：%1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The seller keeps %1 of item + postage, pays a seller fee of %2 and is paid %3.</source>
        <translation>卖家保留商品加运费中的 %1，支付卖家服务费 %2，实得 %3。</translation>
    </message>
    <message>
        <source>The seller gets nothing.</source>
        <translation>卖家不获任何款项。</translation>
    </message>
    <message>
        <source>Caravan keeps the buyer protection fee of %1.</source>
        <translation>Caravan 保留买家保障费 %1。</translation>
    </message>
    <message>
        <source>Duty and tax paid at checkout (%1) are not refunded: the goods crossed the border.</source>
        <translation>结账时支付的关税和税费（%1）不予退还：商品已经过境。</translation>
    </message>
    <message>
        <source>Enter the amount in %1.</source>
        <translation>请输入以 %1 计的金额。</translation>
    </message>
    <message>
        <source>%1 is not an amount in %2.</source>
        <translation>%1 不是有效的 %2 金额。</translation>
    </message>
</context>
<context>
    <name>caravan::models::DisputeText</name>
    <message>
        <source>Not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>假冒商品</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Waiting for the seller</source>
        <translation>等待卖家</translation>
    </message>
    <message>
        <source>Waiting for the buyer</source>
        <translation>等待买家</translation>
    </message>
    <message>
        <source>Escalated to staff</source>
        <translation>已提交客服处理</translation>
    </message>
    <message>
        <source>Waiting for a second approver</source>
        <translation>等待第二位审批人</translation>
    </message>
    <message>
        <source>Item being returned</source>
        <translation>商品退回中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Release to the seller</source>
        <translation>放款给卖家</translation>
    </message>
    <message>
        <source>Full refund to the buyer</source>
        <translation>全额退款给买家</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分摊</translation>
    </message>
    <message>
        <source>Return, then refund</source>
        <translation>先退货，后退款</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>已发起纠纷</translation>
    </message>
    <message>
        <source>Seller answered</source>
        <translation>卖家已回复</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>已接受方案</translation>
    </message>
    <message>
        <source>Offer refused</source>
        <translation>已拒绝方案</translation>
    </message>
    <message>
        <source>Withdrawn by the buyer</source>
        <translation>买家已撤回</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Return sent</source>
        <translation>退货已寄出</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>退货已收到</translation>
    </message>
    <message>
        <source>Claimed by staff</source>
        <translation>客服已认领</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <source>Decision proposed, waiting for a second approver</source>
        <translation>已提出裁决，等待第二位审批人</translation>
    </message>
    <message>
        <source>Decision approved</source>
        <translation>裁决已批准</translation>
    </message>
    <message>
        <source>Decision rejected</source>
        <translation>裁决已驳回</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Partial refund of %1</source>
        <translation>部分退款 %1</translation>
    </message>
    <message>
        <source>Return to %1, then a full refund</source>
        <translation>退回至 %1，然后全额退款</translation>
    </message>
    <message>
        <source>No offer</source>
        <translation>无方案</translation>
    </message>
    <message>
        <source>The seller&apos;s answer</source>
        <translation>卖家的回复</translation>
    </message>
    <message>
        <source>The buyer: accept the offer, escalate or withdraw</source>
        <translation>买家：接受方案、提交客服或撤回</translation>
    </message>
    <message>
        <source>A staff decision</source>
        <translation>客服裁决</translation>
    </message>
    <message>
        <source>A second member of staff to approve the decision</source>
        <translation>第二位客服批准裁决</translation>
    </message>
    <message>
        <source>The buyer to send the item back</source>
        <translation>买家寄回商品</translation>
    </message>
    <message>
        <source>The returned item (%1 %2)</source>
        <translation>退回的商品（%1 %2）</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1，截止 %2</translation>
    </message>
    <message>
        <source>Released to the seller</source>
        <translation>已放款给卖家</translation>
    </message>
    <message>
        <source>Refunded to the buyer: %1</source>
        <translation>已退款给买家：%1</translation>
    </message>
    <message>
        <source>Split: %1 refunded to the buyer, the rest released to the seller</source>
        <translation>分摊：%1 退还买家，其余放款给卖家</translation>
    </message>
</context>
<context>
    <name>caravan::models::IdentityQueueModel</name>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>法定姓名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核时间</translation>
    </message>
</context>
<context>
    <name>caravan::models::LandedCostModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No HS code given: the category&apos;s heading %1 is used.</source>
        <translation>未填写 HS 编码：使用类目的品目 %1。</translation>
    </message>
    <message>
        <source>enter a price and its currency</source>
        <translation>请输入价格及其币种</translation>
    </message>
    <message>
        <source>the price must be more than zero</source>
        <translation>价格必须大于零</translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation>价格：%1</translation>
    </message>
    <message>
        <source>choose the country the parcel ships from</source>
        <translation>请选择包裹的寄出国家</translation>
    </message>
    <message>
        <source>unknown postage service &quot;%1&quot;</source>
        <translation>未知的邮寄服务“%1”</translation>
    </message>
    <message>
        <source>enter the packed weight to price the postage</source>
        <translation>请输入包装重量以计算邮费</translation>
    </message>
    <message>
        <source>enter the packed dimensions to price the postage</source>
        <translation>请输入包装尺寸以计算邮费</translation>
    </message>
    <message>
        <source>domestic sale: no customs declaration or import charges</source>
        <translation>国内销售：无需报关，也没有进口费用</translation>
    </message>
    <message>
        <source>no customs rules for %1 in the shipped data</source>
        <translation>随附数据中没有 %1 的海关规则</translation>
    </message>
    <message>
        <source>parcel too large or heavy for %1: %2</source>
        <translation>包裹对 %1 来说过大或过重：%2</translation>
    </message>
    <message>
        <source>cannot quote: %1</source>
        <translation>无法报价：%1</translation>
    </message>
    <message>
        <source>Postage: %1, chargeable weight %2, %3 (%4–%5 days%6).</source>
        <translation>邮费：%1，计费重量 %2，%3（%4–%5 天%6）。</translation>
    </message>
    <message>
        <source>, tracked</source>
        <translation>，可追踪</translation>
    </message>
    <message>
        <source>The postage comes from a sample tariff; replace it with your carrier&apos;s prices.</source>
        <translation>邮费来自示例资费表，请换成您的承运商价格。</translation>
    </message>
    <message>
        <source>No postage service chosen: postage is not included.</source>
        <translation>未选择邮寄服务：不含邮费。</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>不含</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>无需支付</translation>
    </message>
    <message>
        <source>on delivery</source>
        <translation>派送时</translation>
    </message>
    <message>
        <source>at checkout</source>
        <translation>结账时</translation>
    </message>
    <message>
        <source>at checkout (%1)</source>
        <translation>结账时（%1）</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 条警告</translation>
    </message>
    <message>
        <source>sample tariff</source>
        <translation>示例资费</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
来源：%2</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>邮费</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>关税</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Buyer pays (DDP)</source>
        <translation>买家支付（DDP）</translation>
    </message>
    <message>
        <source>Due on delivery (DAP)</source>
        <translation>派送时支付（DAP）</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收取方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>caravan::models::ListingTableModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售出</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>(untitled draft)</source>
        <translation>（未命名草稿）</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>caravan::models::OrderTableModel</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>争议中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Ship by %1</source>
        <translation>请在 %1 前发货</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>发货期限</translation>
    </message>
</context>
<context>
    <name>caravan::models::OrderText</name>
    <message>
        <source>Awaiting payment</source>
        <translation>等待付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>争议中</translation>
    </message>
    <message>
        <source>Shipped — waiting to sync</source>
        <translation>已发货——等待同步</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>the order is no longer paid</source>
        <translation>订单已不再是已付款状态</translation>
    </message>
    <message>
        <source>carrier or tracking number not accepted</source>
        <translation>承运商或运单号未被接受</translation>
    </message>
    <message>
        <source>The server did not accept the shipment: the order is no longer paid (the buyer may have cancelled it). Do not send the parcel.</source>
        <translation>服务器未接受此次发货：订单已不再是已付款状态（买家可能已取消订单）。请不要寄出包裹。</translation>
    </message>
    <message>
        <source>The server did not accept the carrier or the tracking number. Check them and mark the order shipped again.</source>
        <translation>服务器未接受承运商或运单号。请检查后重新将订单标记为已发货。</translation>
    </message>
    <message>
        <source>The server refused the last change of this order: %1</source>
        <translation>服务器拒绝了此订单的最近一次更改：%1</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>付款失败</translation>
    </message>
    <message>
        <source>Not paid in time</source>
        <translation>未按时付款</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>物流更新</translation>
    </message>
    <message>
        <source>Held by customs</source>
        <translation>被海关扣留</translation>
    </message>
    <message>
        <source>Released by customs</source>
        <translation>海关已放行</translation>
    </message>
    <message>
        <source>Delivery assumed (the delivery time passed)</source>
        <translation>视为已送达（已超过送达期限）</translation>
    </message>
    <message>
        <source>Receipt confirmed by the buyer</source>
        <translation>买家已确认收货</translation>
    </message>
    <message>
        <source>Completed, payment released</source>
        <translation>已完成，货款已放款</translation>
    </message>
    <message>
        <source>Cancelled by the buyer</source>
        <translation>买家已取消</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>您已取消</translation>
    </message>
    <message>
        <source>Late payment refunded</source>
        <translation>逾期付款已退款</translation>
    </message>
    <message>
        <source>Ship-by date missed, refunded</source>
        <translation>超过发货期限，已退款</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>已发起争议</translation>
    </message>
    <message>
        <source>by the buyer</source>
        <translation>（买家）</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>（您）</translation>
    </message>
    <message>
        <source>by Caravan staff</source>
        <translation>（Caravan 工作人员）</translation>
    </message>
    <message>
        <source>by the payment provider</source>
        <translation>（支付服务商）</translation>
    </message>
    <message>
        <source>by the carrier</source>
        <translation>（承运商）</translation>
    </message>
    <message>
        <source>when the time ran out</source>
        <translation>（时限已到）</translation>
    </message>
    <message>
        <source>by Caravan</source>
        <translation>（Caravan）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h left</source>
        <translation>
            <numerusform>剩余 %n 天 %1 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>剩余 %1 小时</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>剩余 %1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s) %1 h</source>
        <translation>
            <numerusform>已逾期 %n 天 %1 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1 h</source>
        <translation>已逾期 %1 小时</translation>
    </message>
    <message>
        <source>overdue by %1 min</source>
        <translation>已逾期 %1 分钟</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Postal service (UPU S10 number)</source>
        <translation>邮政（UPU S10 编号）</translation>
    </message>
</context>
<context>
    <name>caravan::models::OutboxModel</name>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
</context>
<context>
    <name>caravan::models::ReportQueueModel</name>
    <message>
        <source>Reports</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Last reported</source>
        <translation>最近举报</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>caravan::models::RiskFlagModel</name>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>What the figures say</source>
        <translation>数据说明</translation>
    </message>
</context>
<context>
    <name>caravan::models::SectionModel</name>
    <message>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your items for sale, drafts included</source>
        <translation>您在售的商品，包括草稿</translation>
    </message>
    <message>
        <source>What buyers bought and what to ship</source>
        <translation>买家购买的商品和待发货的订单</translation>
    </message>
    <message>
        <source>Money held in escrow and paid out to you</source>
        <translation>托管中的款项和已支付给您的款项</translation>
    </message>
    <message>
        <source>Conversations with buyers</source>
        <translation>与买家的对话</translation>
    </message>
    <message>
        <source>Disputes waiting for a staff decision</source>
        <translation>等待工作人员裁决的纠纷</translation>
    </message>
    <message>
        <source>Server, language, account and keyring</source>
        <translation>服务器、语言、账户和密钥环</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>caravan::models::StaffText</name>
    <message>
        <source>Counterfeit</source>
        <translation>假冒商品</translation>
    </message>
    <message>
        <source>Prohibited item</source>
        <translation>违禁物品</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>误导性描述</translation>
    </message>
    <message>
        <source>Offensive</source>
        <translation>冒犯性内容</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾信息</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Listing removed</source>
        <translation>商品已下架</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售出</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>New account, high-value orders</source>
        <translation>新账户高额订单</translation>
    </message>
    <message>
        <source>Failed payments</source>
        <translation>付款失败</translation>
    </message>
    <message>
        <source>Seller ships nothing</source>
        <translation>卖家不发货</translation>
    </message>
    <message numerus="yes">
        <source>The account is %1 days old and placed %n order(s) of %2 or more in the last %3 days.</source>
        <translation>
            <numerusform>该账户注册 %1 天，在最近 %3 天内下了 %n 笔不低于 %2 的订单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) failed in the last %1 hours.</source>
        <translation>
            <numerusform>最近 %1 小时内有 %n 笔付款失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) sold in the last %1 days are not shipped; %2 shipped.</source>
        <translation>
            <numerusform>最近 %1 天内售出的 %n 笔订单未发货；已发货 %2 笔。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>caravan::models::SyncLogModel</name>
    <message numerus="yes">
        <source>Synced: %n change(s) sent or received.</source>
        <translation>
            <numerusform>已同步：发送或接收了 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused a change (%1).</source>
        <translation>服务器拒绝了一项更改（%1）。</translation>
    </message>
    <message>
        <source>This record was changed here and on another device or the server. Open Conflicts to decide.</source>
        <translation>此记录在本设备和另一台设备或服务器上都被修改了。请打开“冲突”来决定保留哪个。</translation>
    </message>
    <message>
        <source>Sync failed; it will be retried automatically.</source>
        <translation>同步失败，将自动重试。</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again to sync.</source>
        <translation>服务器不再接受此登录。请重新登录以同步。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) uploaded.</source>
        <translation>
            <numerusform>已上传 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused a photo.</source>
        <translation>服务器拒绝了一张照片。</translation>
    </message>
    <message>
        <source>A photo is missing on this computer and could not be uploaded.</source>
        <translation>本机缺少一张照片，无法上传。</translation>
    </message>
    <message>
        <source>This record was deleted elsewhere while it had unsent changes here; they are kept.</source>
        <translation>此记录已在别处删除，但本机有尚未发送的更改；这些更改已保留。</translation>
    </message>
    <message>
        <source>A record from the server could not be stored locally.</source>
        <translation>无法在本地保存来自服务器的一条记录。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) downloaded.</source>
        <translation>
            <numerusform>已下载 %n 张照片。</numerusform>
        </translation>
    </message>
    <message>
        <source>A photo from the server arrived damaged or was not a JPEG; it was not stored.</source>
        <translation>来自服务器的一张照片在传输中损坏或不是 JPEG，未予保存。</translation>
    </message>
    <message>
        <source>Server request %1</source>
        <translation>服务器请求 %1</translation>
    </message>
    <message>
        <source>%1 (server request %2)</source>
        <translation>%1（服务器请求 %2）</translation>
    </message>
</context>
<context>
    <name>caravan::sync::AccountSession</name>
    <message>
        <source>Not signed in. Your local data is available; sign in to sync.</source>
        <translation>未登录。本地数据仍可使用；登录后即可同步。</translation>
    </message>
    <message>
        <source>Signed in, but the local data cannot be opened: %1</source>
        <translation>已登录，但无法打开本地数据：%1</translation>
    </message>
    <message>
        <source>Signed in for this session only: the sign-in could not be saved in the keyring.</source>
        <translation>仅在本次会话中保持登录：登录信息无法保存到密钥环。</translation>
    </message>
    <message>
        <source>Sign in to reach the server.</source>
        <translation>请登录以连接服务器。</translation>
    </message>
</context>
<context>
    <name>caravan::sync::ServerAddress</name>
    <message>
        <source>Caravan does not connect to %1 over plain http: your password and sign-in would travel unencrypted. Use https:// (plain http is allowed only for a server on this computer, such as http://127.0.0.1:8080).</source>
        <translation>Caravan 不会通过未加密的 http 连接 %1：您的密码和登录信息将以明文传输。请使用 https://（仅允许以 http 连接本机上的服务器，例如 http://127.0.0.1:8080）。</translation>
    </message>
    <message>
        <source>The server address is not valid. Use a web address such as https://caravan.example.</source>
        <translation>服务器地址无效。请使用网址，例如 https://caravan.example。</translation>
    </message>
</context>
<context>
    <name>caravan::sync::ServerTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (PEM or DER).</source>
        <translation>文件 %1 中没有证书（PEM 或 DER）。</translation>
    </message>
</context>
<context>
    <name>caravan::sync::SessionClient</name>
    <message>
        <source>A secure (TLS) connection to %1 could not be established: %2</source>
        <translation>无法与 %1 建立安全（TLS）连接：%2</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. You can keep working offline.</source>
        <translation>服务器 %1 未能及时响应。您可以继续离线工作。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2). Check the address and your connection; you can keep working offline.</source>
        <translation>无法连接服务器 %1（%2）。请检查地址和网络连接；您可以继续离线工作。</translation>
    </message>
    <message>
        <source>The email address or password is wrong.</source>
        <translation>邮箱地址或密码错误。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>尝试次数过多，请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a little while.</source>
        <translation>尝试次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation>服务器 %1 出现问题（HTTP %2）。请稍后再试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The server at %1 answered the sign-in in an unexpected way. Is this a Caravan server of a compatible version?</source>
        <translation>服务器 %1 对登录请求的响应不符合预期。它是否为兼容版本的 Caravan 服务器？</translation>
    </message>
    <message>
        <source>The server at %1 sent an account description Caravan cannot read.</source>
        <translation>服务器 %1 发送的账户信息无法被 Caravan 读取。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows for Caravan.</source>
        <translation>请输入身份验证器应用为 Caravan 显示的 6 位验证码。</translation>
    </message>
    <message>
        <source>The code is wrong or was used already. Enter the code your authenticator app shows now.</source>
        <translation>验证码错误或已被使用。请输入身份验证器应用当前显示的验证码。</translation>
    </message>
    <message>
        <source>Staff accounts sign in with a second factor. Scan the QR code with an authenticator app (or type the secret into it), then enter the app&apos;s first code.</source>
        <translation>员工账户需要第二重验证登录。请用身份验证器应用扫描二维码（或手动输入密钥），然后输入应用显示的第一个验证码。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ArbitrationCase</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>%1, tracking number %2</source>
        <translation>%1，运单号 %2</translation>
    </message>
    <message>
        <source>Buyer paid</source>
        <translation>买家支付</translation>
    </message>
    <message>
        <source>%1 (item %2, postage %3, import charges %4, buyer protection fee %5)</source>
        <translation>%1（商品 %2，运费 %3，进口费用 %4，买家保障费 %5）</translation>
    </message>
    <message>
        <source>Seller&apos;s side</source>
        <translation>卖家方</translation>
    </message>
    <message>
        <source>item + postage %1, seller fee %2, net %3</source>
        <translation>商品加运费 %1，卖家服务费 %2，净额 %3</translation>
    </message>
    <message>
        <source>The seller recorded no packing evidence.</source>
        <translation>卖家未记录包装证据。</translation>
    </message>
    <message>
        <source>Sealed %1, %2 g, seal %3</source>
        <translation>封存于 %1，%2 克，封印 %3</translation>
    </message>
    <message>
        <source>Photo SHA-256 %1, received by the server %2</source>
        <translation>照片 SHA-256 %1，服务器接收于 %2</translation>
    </message>
    <message>
        <source>No ledger lines.</source>
        <translation>无账目记录。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>记账</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 (%2), member since %3</source>
        <translation>%1（%2），注册于 %3</translation>
    </message>
    <message>
        <source>%1 orders bought, %2 sold; disputes opened as buyer %3 (%4 ended with a refund), as seller %5 (%6 ended released to them)</source>
        <translation>购买 %1 单，售出 %2 单；作为买家发起纠纷 %3 次（%4 次以退款结束），作为卖家遇到纠纷 %5 次（%6 次以放款给其结束）</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>裁决…</translation>
    </message>
    <message>
        <source>Approve decision</source>
        <translation>批准裁决</translation>
    </message>
    <message>
        <source>Reject decision…</source>
        <translation>驳回裁决…</translation>
    </message>
    <message>
        <source>Take this case: the queue shows it as yours.</source>
        <translation>认领此案件：队列中会显示为你的案件。</translation>
    </message>
    <message>
        <source>Carry out the decision another member of staff proposed.</source>
        <translation>执行另一位客服提出的裁决。</translation>
    </message>
    <message>
        <source>Choose a case in the queue.</source>
        <translation>请在队列中选择一个案件。</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>You proposed this decision: another member of staff approves it.</source>
        <translation>此裁决由你提出：需由另一位客服批准。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>订单历史</translation>
    </message>
    <message>
        <source>Packing evidence</source>
        <translation>包装证据</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>账目</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>双方</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <source>Photos are listed by their SHA-256 and the time the server received them; their thumbnails are above, with the same hash and time (click one to enlarge it).</source>
        <translation>照片按其 SHA-256 和服务器接收时间列出；缩略图显示在上方，附有相同的哈希值和时间（点击可放大）。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ArbitrationDecisionDialog</name>
    <message>
        <source>Give the buyer protection fee back</source>
        <translation>退还买家保障费</translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation>裁决：%1</translation>
    </message>
    <message>
        <source>Refund of the goods (%1):</source>
        <translation>商品退款（%1）：</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>小于 %1</translation>
    </message>
    <message>
        <source>Why: what the evidence shows. Both parties read it.</source>
        <translation>理由：证据显示了什么。双方都会看到。</translation>
    </message>
    <message>
        <source>%1 — held: %2 paid by the buyer (item %3, postage %4, import charges %5, buyer protection fee %6).</source>
        <translation>%1 — 托管：买家支付 %2（商品 %3，运费 %4，进口费用 %5，买家保障费 %6）。</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>裁决：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Confirm decision</source>
        <translation>确认裁决</translation>
    </message>
    <message>
        <source>What each side gets:</source>
        <translation>各方所得：</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>正在发送裁决…</translation>
    </message>
    <message>
        <source>The decision waits for a second approver: another member of staff must approve it before any money moves.</source>
        <translation>此裁决等待第二位审批人：须由另一位客服批准后款项才会变动。</translation>
    </message>
    <message>
        <source>Decided: the buyer sends the item back, then gets a full refund.</source>
        <translation>已裁决：买家寄回商品，然后获得全额退款。</translation>
    </message>
    <message>
        <source>Decided. %1</source>
        <translation>已裁决。%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No answer from the server: %1 Confirm again to send the same decision; it is carried out once.</source>
        <translation>服务器没有回应：%1 再次确认会发送同一裁决，且只会执行一次。</translation>
    </message>
    <message>
        <source>The decision was not made: %1</source>
        <translation>裁决未生效：%1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ArbitrationView</name>
    <message>
        <source>Claimed by me</source>
        <translation>我认领的</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>Every open case</source>
        <translation>所有未结案件</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>任何原因</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Held at least:</source>
        <translation>托管金额至少：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发出地：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>目的地：</translation>
    </message>
    <message>
        <source>Reject the proposed decision</source>
        <translation>驳回拟议裁决</translation>
    </message>
    <message>
        <source>Why is it rejected? The case goes back to the queue.</source>
        <translation>驳回理由？案件将回到队列。</translation>
    </message>
    <message>
        <source>Offline: arbitration works online only. The queue and the cases come back when the server can be reached.</source>
        <translation>离线：仲裁仅可在线进行。能连接服务器时，队列和案件会重新显示。</translation>
    </message>
    <message>
        <source>Offline: cases are not kept on this computer.</source>
        <translation>离线：案件不会保存在本机。</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation>无法读取队列</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the filters.</source>
        <translation>没有符合筛选条件的案件。</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>无法读取案件：%1</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached. Arbitration works online only. %2</source>
        <translation>%1：无法连接服务器。仲裁仅可在线进行。%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>The case is yours.</source>
        <translation>此案件已归你处理。</translation>
    </message>
    <message>
        <source>The decision waits for a second approver.</source>
        <translation>此裁决等待第二位审批人。</translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation>已裁决。</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>正在批准…</translation>
    </message>
    <message>
        <source>No answer to the approval (Approve again sends the same request)</source>
        <translation>批准没有得到回应（再次批准会发送同一请求）</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Approved: the decision is carried out.</source>
        <translation>已批准：裁决已执行。</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>未驳回</translation>
    </message>
    <message>
        <source>Rejected: the case is back in the queue.</source>
        <translation>已驳回：案件已回到队列。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::BulkEdit</name>
    <message>
        <source>Select the listings to edit first.</source>
        <translation>请先选择要编辑的商品。</translation>
    </message>
    <message>
        <source>The amount cannot be read: %1</source>
        <translation>无法识别该金额：%1</translation>
    </message>
    <message>
        <source>No listing was changed.</source>
        <translation>没有商品被更改。</translation>
    </message>
    <message numerus="yes">
        <source>bulk edit of %n listing(s)</source>
        <translation>
            <numerusform>批量编辑 %n 个商品</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ui::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n listing(s)</source>
        <translation>
            <numerusform>编辑 %n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the price by a percentage</source>
        <translation>按百分比调整价格</translation>
    </message>
    <message>
        <source>Change the price by an amount</source>
        <translation>按金额调整价格</translation>
    </message>
    <message>
        <source>Set the postage services</source>
        <translation>设置邮寄服务</translation>
    </message>
    <message>
        <source>Set where they ship to</source>
        <translation>设置可寄送地区</translation>
    </message>
    <message>
        <source>Set the status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>e.g. -10 for 10 % off, 5 for 5 % more</source>
        <translation>例如 -10 表示降价 10%，5 表示涨价 5%</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>e.g. -2.50</source>
        <translation>例如 -2.50</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Only these countries</source>
        <translation>仅限以下国家</translation>
    </message>
    <message>
        <source>Every country except these</source>
        <translation>除以下国家外的所有国家</translation>
    </message>
    <message>
        <source>Country codes, e.g. DE, FR, IT</source>
        <translation>国家代码，例如 DE, FR, IT</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>寄送至</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Enter the country codes separated by commas.</source>
        <translation>请输入以逗号分隔的国家代码。</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) changed. Edit › Undo reverts the whole change.</source>
        <translation>
            <numerusform>已更改 %n 个商品。使用“撤销”可还原整个更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left unchanged:</source>
        <translation>未更改：</translation>
    </message>
</context>
<context>
    <name>caravan::ui::CommandLine</name>
    <message>
        <source>Caravan seller workbench: list, ship and get paid across borders.</source>
        <translation>Caravan 卖家工作台：跨境发布商品、发货并收款。</translation>
    </message>
    <message>
        <source>Use the Caravan server at &lt;URL&gt;.</source>
        <translation>使用位于 &lt;URL&gt; 的 Caravan 服务器。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in as the account &lt;EMAIL&gt;.</source>
        <translation>以账户 &lt;EMAIL&gt; 登录。</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Read the password from standard input and sign in at start (needs --email).</source>
        <translation>从标准输入读取密码并在启动时登录（需要 --email）。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use zh_CN or en</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>--password-stdin needs --email</source>
        <translation>--password-stdin 需要同时指定 --email</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ConflictDialog</name>
    <message>
        <source>Keep this device&apos;s value</source>
        <translation>保留本设备的值</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation>保留服务器的值</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>The same field was changed on this device and elsewhere. Choose what to keep for each field, or double-click “Keep” to type a merged value. Nothing is discarded until you resolve.</source>
        <translation>同一字段在本设备和别处都被修改了。请为每个字段选择要保留的值，或双击“保留”输入合并后的值。在您解决之前，任何内容都不会被丢弃。</translation>
    </message>
    <message>
        <source>Choose a value for every field first.</source>
        <translation>请先为每个字段选择一个值。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::CsvImportDialog</name>
    <message>
        <source>Import listings from %1</source>
        <translation>从 %1 导入商品</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Skip bad rows and import the others</source>
        <translation>跳过有问题的行，导入其余行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) checked, no problems found.</source>
        <translation>
            <numerusform>已检查 %n 个商品，未发现问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems. Nothing is imported from a file with problems unless you choose to skip the bad rows.</source>
        <translation>%2 行中有 %1 行存在问题。除非选择跳过有问题的行，否则不会从有问题的文件导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s)</source>
        <translation>
            <numerusform>导入 %n 个正确的行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ui::CustomsDeclarationDialog</name>
    <message>
        <source>Customs declaration (CN 22 / CN 23)</source>
        <translation>报关单（CN 22 / CN 23）</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>销售商品</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件 Documents</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>退回物品</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>商业样品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Category of item:</source>
        <translation>邮件种类：</translation>
    </message>
    <message>
        <source>Required for &quot;Other&quot;</source>
        <translation>选择“其他”时必填</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Net weight (g)</source>
        <translation>净重（克）</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Gross weight (g):</source>
        <translation>毛重（克）：</translation>
    </message>
    <message>
        <source>sum of net weights</source>
        <translation>净重之和</translation>
    </message>
    <message>
        <source>Sent as a parcel</source>
        <translation>按包裹寄送</translation>
    </message>
    <message>
        <source>Use a CN 23 whatever the value</source>
        <translation>无论价值多少都使用 CN 23</translation>
    </message>
    <message>
        <source>A6 label</source>
        <translation>A6 标签</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>例如 DE</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>邮编：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>line %1: value: %2</source>
        <translation>第 %1 行：价值：%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the sender&apos;s name is missing</source>
        <translation>缺少寄件人姓名</translation>
    </message>
    <message>
        <source>the sender&apos;s street and city are required</source>
        <translation>必须填写寄件人的街道和城市</translation>
    </message>
    <message>
        <source>the sender&apos;s country must be a two-letter code such as JP</source>
        <translation>寄件人国家必须是两个字母的代码，例如 JP</translation>
    </message>
    <message>
        <source>the addressee&apos;s name is missing</source>
        <translation>缺少收件人姓名</translation>
    </message>
    <message>
        <source>the addressee&apos;s street and city are required</source>
        <translation>必须填写收件人的街道和城市</translation>
    </message>
    <message>
        <source>the addressee&apos;s country must be a two-letter code such as DE</source>
        <translation>收件人国家必须是两个字母的代码，例如 DE</translation>
    </message>
    <message>
        <source>sender and addressee are in the same country: no customs declaration is needed</source>
        <translation>寄件人和收件人在同一国家：无需报关</translation>
    </message>
    <message>
        <source>list the contents</source>
        <translation>请列出内件</translation>
    </message>
    <message>
        <source>%1: describe the item</source>
        <translation>%1：请描述物品</translation>
    </message>
    <message>
        <source>%1: the description is too general; say what the item is (e.g. &quot;wool sweater&quot;)</source>
        <translation>%1：描述太笼统，请写明物品是什么（例如“羊毛毛衣”）</translation>
    </message>
    <message>
        <source>%1: the quantity must be at least 1</source>
        <translation>%1：数量至少为 1</translation>
    </message>
    <message>
        <source>%1: the value must be more than zero</source>
        <translation>%1：价值必须大于零</translation>
    </message>
    <message>
        <source>all values must be in one currency</source>
        <translation>所有价值必须使用同一币种</translation>
    </message>
    <message>
        <source>%1: the net weight must be more than 0 g</source>
        <translation>%1：净重必须大于 0 克</translation>
    </message>
    <message>
        <source>%1: goods for sale need an HS tariff number (6 digits or more)</source>
        <translation>%1：出售的商品需要 HS 税则号（至少 6 位）</translation>
    </message>
    <message>
        <source>%1: the HS tariff number needs at least 6 digits</source>
        <translation>%1：HS 税则号至少需要 6 位数字</translation>
    </message>
    <message>
        <source>%1: goods for sale need their country of origin</source>
        <translation>%1：出售的商品需要原产国</translation>
    </message>
    <message>
        <source>%1: the country of origin must be a two-letter code</source>
        <translation>%1：原产国必须是两个字母的代码</translation>
    </message>
    <message>
        <source>explain the contents when the category is &quot;Other&quot;</source>
        <translation>种类为“其他”时请说明内件</translation>
    </message>
    <message>
        <source>the gross weight is less than the net weights</source>
        <translation>毛重小于净重之和</translation>
    </message>
    <message>
        <source>no exchange rate into SDR: CN 23 is used, which is valid at any value</source>
        <translation>没有折算为特别提款权的汇率：使用适用于任何价值的 CN 23</translation>
    </message>
    <message>
        <source>Form %1: total %2 ≈ %3 SDR (limit for a CN 22: SDR 300).</source>
        <translation>表格 %1：总值 %2 ≈ %3 特别提款权（CN 22 上限：300 特别提款权）。</translation>
    </message>
    <message>
        <source>Form %1.</source>
        <translation>表格 %1。</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>需修改：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>The declaration is not complete:
%1</source>
        <translation>报关单尚未填写完整：
%1</translation>
    </message>
    <message>
        <source>Save customs declaration</source>
        <translation>保存报关单</translation>
    </message>
    <message>
        <source>customs-declaration.pdf</source>
        <translation>报关单.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>报关单</translation>
    </message>
</context>
<context>
    <name>caravan::ui::DisputeAnswerDialog</name>
    <message>
        <source>Answer the buyer</source>
        <translation>回复买家</translation>
    </message>
    <message>
        <source>The buyer says: %1. Explain what you sent, and offer a way out if you want to. Without an answer within the deadline the case goes to Caravan staff.</source>
        <translation>买家表示：%1。请说明你寄出的商品，如愿意也可提出解决方案。期限内未回复，案件将交由 Caravan 客服处理。</translation>
    </message>
    <message>
        <source>Your answer to the buyer</source>
        <translation>你给买家的回复</translation>
    </message>
    <message>
        <source>No offer</source>
        <translation>无方案</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Return the item for a full refund</source>
        <translation>退货并全额退款</translation>
    </message>
    <message>
        <source>Refund (%1):</source>
        <translation>退款（%1）：</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>小于 %1</translation>
    </message>
    <message>
        <source>e.g. JP</source>
        <translation>例如 JP</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>邮政编码：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>Return address:</source>
        <translation>退货地址：</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>Write your answer to the buyer.</source>
        <translation>请填写给买家的回复。</translation>
    </message>
    <message>
        <source>A partial refund is more than 0 and less than item + postage (%1).</source>
        <translation>部分退款须大于 0 且小于商品加运费（%1）。</translation>
    </message>
    <message>
        <source>Give the return address: name, street, city and the two-letter country code.</source>
        <translation>请填写退货地址：姓名、街道、城市和两个字母的国家代码。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::DisputeHtml</name>
    <message>
        <source>%1: refund of the goods %2</source>
        <translation>%1：商品退款 %2</translation>
    </message>
    <message>
        <source>%1, buyer protection fee given back</source>
        <translation>%1，退还买家保障费</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Seller&apos;s offer</source>
        <translation>卖家的方案</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>拟议裁决</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>%1, tracking number %2</source>
        <translation>%1，运单号 %2</translation>
    </message>
    <message>
        <source>Photo SHA-256 %1, received by the server %2</source>
        <translation>照片 SHA-256 %1，服务器接收于 %2</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>无历史记录。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::EditorForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(choose a country)</source>
        <translation>（选择国家）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>What it is, brand, model, size: e.g. Vintage Seiko 5 automatic watch</source>
        <translation>物品名称、品牌、型号、尺寸，例如：精工 5 号复古自动机械表</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>(choose a category)</source>
        <translation>（选择类目）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>(choose the condition)</source>
        <translation>（选择成色）</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>成色</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Describe the item honestly: flaws, wear, what is included.</source>
        <translation>如实描述物品：瑕疵、磨损以及包含的配件。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Item specifics</source>
        <translation>物品属性</translation>
    </message>
    <message>
        <source>Price and quantity</source>
        <translation>价格和数量</translation>
    </message>
    <message>
        <source>e.g. 85.00</source>
        <translation>例如 85.00</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Buyers may make offers</source>
        <translation>允许买家议价</translation>
    </message>
    <message>
        <source>Shipping and customs</source>
        <translation>运输与海关</translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation>发货地</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>备货时间</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Only these countries</source>
        <translation>仅限以下国家</translation>
    </message>
    <message>
        <source>Every country except these</source>
        <translation>除以下国家外的所有国家</translation>
    </message>
    <message>
        <source>Country codes, e.g. DE, FR, IT</source>
        <translation>国家代码，例如 DE, FR, IT</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>寄送至</translation>
    </message>
    <message>
        <source>Postage services</source>
        <translation>邮寄服务</translation>
    </message>
    <message>
        <source> g</source>
        <translation> 克</translation>
    </message>
    <message>
        <source>Packed weight</source>
        <translation>包装后重量</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Packed size (L × W × H)</source>
        <translation>包装尺寸（长 × 宽 × 高）</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>原产国</translation>
    </message>
    <message>
        <source>HS code, e.g. 9102.21, or search by keyword</source>
        <translation>HS 编码，例如 9102.21，或输入关键词搜索</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>上架时间</translation>
    </message>
    <message>
        <source>Start at a set time</source>
        <translation>在指定时间上架</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>定时上架</translation>
    </message>
    <message>
        <source>Choose a category to get a suggested HS code.</source>
        <translation>选择类目后可获得建议的 HS 编码。</translation>
    </message>
    <message>
        <source>Suggested for this category: %1 — %2</source>
        <translation>该类目的建议编码：%1 — %2</translation>
    </message>
    <message>
        <source>This category has no item specifics.</source>
        <translation>该类目没有物品属性。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>caravan::ui::IdentityReview</name>
    <message>
        <source>Legal name</source>
        <translation>法定姓名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3, account country %4</source>
        <translation>%1 &lt;%2&gt;，%3，账户所在国家 %4</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>给出的理由</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3</source>
        <translation>%1，%2，SHA-256 %3</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Write the document to a file you choose. Nothing is saved unless you do.</source>
        <translation>将证件写入您选择的文件。除非您这样做，否则不会保存任何内容。</translation>
    </message>
    <message>
        <source>Choose an identity in the queue.</source>
        <translation>请在队列中选择一个身份。</translation>
    </message>
    <message>
        <source>Offline: payout identities are not kept on this computer.</source>
        <translation>离线：收款身份不会保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <source>The payout identities could not be read</source>
        <translation>无法读取收款身份</translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies)</source>
        <translation>
            <numerusform>%n 个身份</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity waits here.</source>
        <translation>这里没有等待处理的身份。</translation>
    </message>
    <message>
        <source>The identity could not be read</source>
        <translation>无法读取该身份</translation>
    </message>
    <message>
        <source>No identity chosen</source>
        <translation>未选择身份</translation>
    </message>
    <message>
        <source>The document was deleted on %1 (the retention period after the decision).</source>
        <translation>该证件已于 %1 删除（决定后的保留期已过）。</translation>
    </message>
    <message>
        <source>The server keeps no document for this identity.</source>
        <translation>服务器没有保留此身份的证件。</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>正在加载证件…</translation>
    </message>
    <message>
        <source>The document could not be read</source>
        <translation>无法读取证件</translation>
    </message>
    <message>
        <source>PDF document, %1. This app cannot show PDF files: save a copy to open it elsewhere, and delete the copy afterwards.</source>
        <translation>PDF 文件，%1。本应用无法显示 PDF 文件：请另存副本并用其他程序打开，之后删除该副本。</translation>
    </message>
    <message>
        <source>The document (%1, %2) cannot be shown.</source>
        <translation>无法显示该证件（%1，%2）。</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3</source>
        <translation>%1 × %2 像素，%3</translation>
    </message>
    <message>
        <source>The copy could not be saved to %1: %2</source>
        <translation>无法将副本保存到 %1：%2</translation>
    </message>
    <message>
        <source>A copy of the document is saved to %1.</source>
        <translation>证件副本已保存到 %1。</translation>
    </message>
    <message>
        <source>Save a copy of the identity document</source>
        <translation>另存身份证件副本</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Offline: decisions need the server.</source>
        <translation>离线：做出决定需要连接服务器。</translation>
    </message>
    <message>
        <source>Choose an identity to decide on it.</source>
        <translation>请选择一个身份后再做决定。</translation>
    </message>
    <message>
        <source>Already decided: %1.</source>
        <translation>已做出决定：%1。</translation>
    </message>
    <message>
        <source>Refuse the payout identity</source>
        <translation>拒绝收款身份</translation>
    </message>
    <message>
        <source>Refuse this payout identity? The seller reads your reason and may send it again.</source>
        <translation>拒绝此收款身份？卖家会看到您的理由，并可重新提交。</translation>
    </message>
    <message>
        <source>The reason, for the seller: what does not match</source>
        <translation>写给卖家的理由：哪里不符</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Write the reason: an identity is refused only with one.</source>
        <translation>请填写理由：拒绝身份时必须给出理由。</translation>
    </message>
    <message>
        <source>Approve the payout identity</source>
        <translation>批准收款身份</translation>
    </message>
    <message>
        <source>Approve this payout identity? Payouts to %1 can start.</source>
        <translation>批准此收款身份？之后即可向 %1 付款。</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Not refused</source>
        <translation>未拒绝</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Refused: the seller reads your reason.</source>
        <translation>已拒绝：卖家会看到您的理由。</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::LandedCostDestinationsDialog</name>
    <message>
        <source>Destinations to quote</source>
        <translation>报价目的地</translation>
    </message>
    <message>
        <source>Show the landed cost for buyers in:</source>
        <translation>为以下国家/地区的买家显示到岸成本：</translation>
    </message>
    <message>
        <source>Most common ten</source>
        <translation>最常见的十个</translation>
    </message>
</context>
<context>
    <name>caravan::ui::LandedCostPanel</name>
    <message>
        <source>&lt;b&gt;What buyers abroad pay&lt;/b&gt;</source>
        <translation>&lt;b&gt;海外买家需支付的费用&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Postage:</source>
        <translation>邮寄方式：</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>不含</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>目的地…</translation>
    </message>
    <message>
        <source>Customs declaration…</source>
        <translation>报关单…</translation>
    </message>
    <message>
        <source>Select a destination to read how its figures were computed.</source>
        <translation>选择一个目的地，查看各项金额的计算过程。</translation>
    </message>
    <message>
        <source>Cannot quote: %1</source>
        <translation>无法报价：%1</translation>
    </message>
    <message>
        <source>Customs value %1 · duty %2 · %3 %4 · fees %5 · buyer pays %6 (DDP)</source>
        <translation>完税价格 %1 · 关税 %2 · %3 %4 · 手续费 %5 · 买家支付 %6（DDP）</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Exchange rates: ECB euro reference rates, newest published %1 (shipped with the app; no network).</source>
        <translation>汇率：欧洲央行欧元参考汇率，最新发布于 %1（随应用提供，无需网络）。</translation>
    </message>
    <message>
        <source>No exchange rates are installed: only destinations in the item&apos;s currency can be quoted.</source>
        <translation>未安装汇率：只能为使用商品币种的目的地报价。</translation>
    </message>
    <message>
        <source>Computed in %1 ms.</source>
        <translation>计算用时 %1 毫秒。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ListingEditor</name>
    <message>
        <source>edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时上架</translation>
    </message>
    <message>
        <source>End</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>Relist</source>
        <translation>重新上架</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>应用模板…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <source>Record packing evidence…</source>
        <translation>记录打包凭证…</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新草稿</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red</source>
        <translation>未保存：请修正标红的字段</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>This listing cannot be %1 now.</source>
        <translation>此商品现在无法%1。</translation>
    </message>
    <message numerus="yes">
        <source>Cannot be %1 yet: %n field(s) to fix.</source>
        <translation>
            <numerusform>暂时无法%1：还有 %n 个字段需要修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Choose a start time under Start first.</source>
        <translation>请先在“上架时间”中选择开始时间。</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>定时上架</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>下架</translation>
    </message>
    <message>
        <source>relisted</source>
        <translation>重新上架</translation>
    </message>
    <message>
        <source>This is a copy; edit it and publish when ready.</source>
        <translation>这是一份副本；编辑完成后即可发布。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>There are no templates yet. Fill in a listing and use “Save as template…”.</source>
        <translation>还没有模板。请先填写一个商品，然后使用“另存为模板…”。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ListingsView</name>
    <message>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>批量编辑…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Search titles, descriptions and brands</source>
        <translation>搜索标题、描述和品牌</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <source>← All listings</source>
        <translation>← 全部商品</translation>
    </message>
    <message>
        <source>&amp;New listing</source>
        <translation>新建商品(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>批量编辑(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Undo bulk edit</source>
        <translation>撤销批量编辑</translation>
    </message>
    <message>
        <source>Redo bulk edit</source>
        <translation>重做批量编辑</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n 个商品</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete listings</source>
        <translation>删除商品</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n listing(s)? This cannot be undone.</source>
        <translation>
            <numerusform>要删除 %n 个商品吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>批量编辑</translation>
    </message>
    <message>
        <source>Select the listings to edit first.</source>
        <translation>请先选择要编辑的商品。</translation>
    </message>
    <message>
        <source>Import listings</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export listings</source>
        <translation>导出商品</translation>
    </message>
</context>
<context>
    <name>caravan::ui::MainWindow</name>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Caravan — seller workbench</source>
        <translation>Caravan — 卖家工作台</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Caravan</source>
        <translation>关于 Caravan(&amp;A)</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in to sync your listings and see your orders.</source>
        <translation>您尚未登录。登录后即可同步商品并查看订单。</translation>
    </message>
    <message>
        <source>About Caravan</source>
        <translation>关于 Caravan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;The seller&apos;s workbench for cross-border sales between private people: list, ship and get paid through escrow.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;面向个人之间跨境交易的卖家工作台：发布商品、发货，并通过托管安全收款。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2), not signed in</source>
        <translation>%1（%2），未登录</translation>
    </message>
    <message>
        <source>Sync &amp;log</source>
        <translation>同步日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Listings</source>
        <translation>商品(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in once to work on your listings. They are kept on this computer, so you can draft and edit them offline afterwards.</source>
        <translation>登录一次即可管理您的商品。商品保存在这台电脑上，之后可以离线起草和编辑。</translation>
    </message>
    <message>
        <source>Sign in once to see the orders buyers placed. They are kept on this computer, so you can look them up and mark them shipped offline afterwards.</source>
        <translation>登录一次即可查看买家下的订单。订单保存在这台电脑上，之后离线时也可以查看订单并标记为已发货。</translation>
    </message>
    <message numerus="yes">
        <source>New paid order(s) to ship: %1</source>
        <translation>
            <numerusform>有新的已付款订单待发货：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in once to see the money buyers paid you: what escrow holds, what is available and your payouts. The last figures stay on this computer for when you are offline.</source>
        <translation>登录一次即可查看买家支付给您的款项：托管中的金额、可提取的金额以及您的打款记录。最近一次的数据会保存在本机，离线时也能查看。</translation>
    </message>
    <message>
        <source>Sign in once to read and answer your buyers&apos; messages. They are kept on this computer, and your answers are sent with the next sync.</source>
        <translation>登录一次即可阅读和回复买家的消息。消息保存在这台电脑上，您的回复会在下次同步时发送。</translation>
    </message>
    <message numerus="yes">
        <source>New message(s) from %1</source>
        <translation>
            <numerusform>来自 %1 的新消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Arbitration works online only: sign in with your staff account and its second factor to see the dispute queue.</source>
        <translation>仲裁仅可在线进行：请使用客服账户及其第二重验证登录以查看纠纷队列。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::MessagesView</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>对话中的消息</translation>
    </message>
    <message>
        <source>Write an answer (Ctrl+Enter sends it; it goes out with the next sync)</source>
        <translation>输入回复（按 Ctrl+Enter 发送；将在下次同步时送出）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>发送回复（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>咨询：%1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>订单：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n unread)</source>
        <translation>
            <numerusform>（%n 条未读）</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages yet. Questions from buyers and messages about orders appear here after a sync.</source>
        <translation>还没有消息。买家的咨询和订单相关消息会在同步后显示在这里。</translation>
    </message>
    <message>
        <source>Choose a conversation.</source>
        <translation>请选择一个对话。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::OrderDetail</name>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>邮费</translation>
    </message>
    <message>
        <source>Import charges paid at checkout</source>
        <translation>结账时支付的进口税费</translation>
    </message>
    <message>
        <source>Buyer protection fee</source>
        <translation>买家保障费</translation>
    </message>
    <message>
        <source>Total paid by the buyer</source>
        <translation>买家支付总额</translation>
    </message>
    <message>
        <source>Your seller fee</source>
        <translation>您的卖家手续费</translation>
    </message>
    <message>
        <source>Paid out to you</source>
        <translation>您的到账金额</translation>
    </message>
    <message>
        <source>Locked exchange rate: 1 %1 = %2 %3, of %4</source>
        <translation>锁定汇率：1 %1 = %2 %3，%4 的汇率</translation>
    </message>
    <message>
        <source>Locked exchange rate: 1 %1 = %2 %3, of %4 (%5)</source>
        <translation>锁定汇率：1 %1 = %2 %3，%4 的汇率（%5）</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>付款截止</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>发货期限</translation>
    </message>
    <message>
        <source>Delivery due</source>
        <translation>送达期限</translation>
    </message>
    <message>
        <source>Payment released to you</source>
        <translation>向您放款</translation>
    </message>
    <message>
        <source>Clock paused since</source>
        <translation>计时暂停于</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Marked shipped on this computer, waiting to sync: %1, %2</source>
        <translation>已在这台电脑上标记为已发货，等待同步：%1，%2</translation>
    </message>
    <message>
        <source>%1, tracking number %2</source>
        <translation>%1，运单号 %2</translation>
    </message>
    <message>
        <source>Not shipped yet.</source>
        <translation>尚未发货。</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Mark shipped…</source>
        <translation>标记为已发货…</translation>
    </message>
    <message>
        <source>Print packing slip…</source>
        <translation>打印装箱单…</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <source>Choose an order in the list to see its buyer, address, amounts and history.</source>
        <translation>在列表中选择一个订单，即可查看其买家、地址、金额和记录。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Buyer and address</source>
        <translation>买家和收货地址</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>商品编号</translation>
    </message>
    <message>
        <source>Postage service</source>
        <translation>邮寄服务</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>备货时间</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <source>%1–%2 days after shipping</source>
        <translation>发货后 %1–%2 天</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Import charges the carrier collects from the buyer at the door: %1 (not charged by Caravan).</source>
        <translation>承运商送货时向买家收取的进口税费：%1（不由 Caravan 收取）。</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>日期和期限</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Customs form…</source>
        <translation>海关申报单…</translation>
    </message>
    <message>
        <source>Record packing evidence…</source>
        <translation>记录打包证据…</translation>
    </message>
    <message>
        <source>The CN 22 or CN 23 customs declaration for this order, as a PDF</source>
        <translation>此订单的 CN 22 或 CN 23 海关申报单（PDF）</translation>
    </message>
    <message>
        <source>Photos and the measured weight of the packed parcel, sealed by Caravan once they arrive: they back you up if the buyer disputes what was sent.</source>
        <translation>已打包包裹的照片和实测重量，送达 Caravan 后即被封存：如果买家对所寄物品提出异议，它们可以为您作证。</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), %1 g, %2 × %3 × %4 mm, recorded %5</source>
        <translation>
            <numerusform>%n 张照片，%1 克，%2 × %3 × %4 毫米，记录于 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sealed by Caravan %2 (seal %3)</source>
        <translation>%1 — 已由 Caravan 于 %2 封存（封存值 %3）</translation>
    </message>
    <message>
        <source>%1 — waiting to upload with the next sync</source>
        <translation>%1 — 等待下次同步时上传</translation>
    </message>
    <message>
        <source>%1 — refused by the server: %2</source>
        <translation>%1 — 被服务器拒绝：%2</translation>
    </message>
    <message>
        <source>%1 — kept on this computer only</source>
        <translation>%1 — 仅保存在本机</translation>
    </message>
    <message>
        <source>Packing evidence</source>
        <translation>打包证据</translation>
    </message>
    <message>
        <source>None recorded. Photograph and weigh the packed parcel before you send it.</source>
        <translation>尚无记录。请在寄出前为已打包的包裹拍照并称重。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::OrderDisputePanel</name>
    <message>
        <source>Answer…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>Ask Caravan to decide…</source>
        <translation>请 Caravan 裁决…</translation>
    </message>
    <message>
        <source>Returned item received</source>
        <translation>已收到退回的商品</translation>
    </message>
    <message>
        <source>Send the case to Caravan staff, who decide with both sides&apos; evidence.</source>
        <translation>将案件交给 Caravan 客服，由其根据双方证据裁决。</translation>
    </message>
    <message>
        <source>The item came back: the buyer is refunded in full.</source>
        <translation>商品已退回：买家获全额退款。</translation>
    </message>
    <message>
        <source>Ask Caravan to decide</source>
        <translation>请 Caravan 裁决</translation>
    </message>
    <message>
        <source>What should staff know? (optional)</source>
        <translation>需要客服了解什么？（可选）</translation>
    </message>
    <message>
        <source>Confirm that the item is back with you? The buyer is refunded in full.</source>
        <translation>确认商品已退回给你？买家将获全额退款。</translation>
    </message>
    <message>
        <source>Asking the server for the dispute…</source>
        <translation>正在向服务器查询纠纷…</translation>
    </message>
    <message>
        <source>The dispute could not be read</source>
        <translation>无法读取纠纷</translation>
    </message>
    <message>
        <source>The server has no dispute on this order.</source>
        <translation>服务器上此订单没有纠纷。</translation>
    </message>
    <message>
        <source>In dispute: %1</source>
        <translation>纠纷中：%1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Answer again…</source>
        <translation>再次回复…</translation>
    </message>
    <message>
        <source>%1: disputes are answered online only. %2</source>
        <translation>%1：纠纷只能在线回复。%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not sent to staff</source>
        <translation>未提交给客服</translation>
    </message>
    <message>
        <source>No answer yet (confirming again sends the same request)</source>
        <translation>尚无回应（再次确认会发送同一请求）</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>caravan::ui::OrdersView</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>No orders yet. When a buyer orders one of your listings, the order appears here after the next sync.</source>
        <translation>还没有订单。买家订购您的商品后，订单会在下次同步后显示在这里。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>Save packing slip</source>
        <translation>保存装箱单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>The packing slip was not saved: %1</source>
        <translation>装箱单未保存：%1</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>Customs declaration for order %1</source>
        <translation>订单 %1 的海关申报单</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PackingEvidenceDialog</name>
    <message>
        <source>Record packing evidence</source>
        <translation>记录打包凭证</translation>
    </message>
    <message>
        <source>Photograph the packed parcel and weigh it. The record is timestamped and sealed with a hash, so it can back you up if a buyer disputes what was sent.</source>
        <translation>为已打包的包裹拍照并称重。记录带有时间戳并以哈希值封存，如果买家对寄出的物品有争议，它可以为您作证。</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>还没有照片</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source> g</source>
        <translation> 克</translation>
    </message>
    <message>
        <source>Measured weight</source>
        <translation>实测重量</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Measured size (L × W × H)</source>
        <translation>实测尺寸（长 × 宽 × 高）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photos of the packed parcel</source>
        <translation>已打包包裹的照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1, seal %2.</source>
        <translation>已于 %1 记录，封存码 %2。</translation>
    </message>
    <message>
        <source>Photograph the packed parcel and weigh it. The record and its photos go to Caravan with the next sync; from then on nobody, you included, can change or delete them, and they back you up if the buyer disputes what was sent.</source>
        <translation>为已打包的包裹拍照并称重。记录及其照片会在下次同步时发送到 Caravan；此后任何人（包括您本人）都无法修改或删除，如果买家对所寄物品提出异议，它们可以为您作证。</translation>
    </message>
    <message>
        <source>Recorded %1, seal %2. It is sent with the next sync.</source>
        <translation>已于 %1 记录，封存值 %2。将在下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PackingSlipWriter</name>
    <message>
        <source>Packing slip %1</source>
        <translation>装箱单 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>PACKING SLIP</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>下单于 %1</translation>
    </message>
    <message>
        <source>SHIP TO</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>电话 %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>商品 %1</translation>
    </message>
    <message>
        <source>Carrier: %1   Tracking number: %2</source>
        <translation>承运商：%1   运单号：%2</translation>
    </message>
    <message>
        <source>Thank you for your order. Paid through Caravan escrow: the payment is released to the seller once the parcel has arrived.</source>
        <translation>感谢您的订购。本订单通过 Caravan 托管付款：包裹送达后，货款才会支付给卖家。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PayoutChart</name>
    <message>
        <source>Released to you</source>
        <translation>已放款给您</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已打款</translation>
    </message>
    <message>
        <source>Released and paid out (%1)</source>
        <translation>已放款与已打款（%1）</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PayoutIdentityDialog</name>
    <message>
        <source>Verify your payout identity</source>
        <translation>验证您的收款身份</translation>
    </message>
    <message>
        <source>Before Caravan pays out your money, staff check who you are, as payment services require. Enter your details as they appear on an official identity document (passport, identity card or driving licence) and add a photo or scan of it.</source>
        <translation>按照支付服务的要求，Caravan 在向您打款之前，工作人员会核实您的身份。请按官方身份证件（护照、身份证或驾驶证）上的内容填写您的信息，并附上证件的照片或扫描件。</translation>
    </message>
    <message>
        <source>Two letters, such as JP or DE.</source>
        <translation>两个字母，例如 JP 或 DE。</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>法定姓名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>街道和门牌号</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>地址第 2 行</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>省/州</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>No document chosen</source>
        <translation>尚未选择证件</translation>
    </message>
    <message>
        <source>Choose document…</source>
        <translation>选择证件…</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份证件</translation>
    </message>
    <message numerus="yes">
        <source>JPEG, PNG or PDF, at most %1. Caravan sends the document to the server only over an encrypted connection (https), or to a server on this computer, and keeps no copy of it here. The server keeps it encrypted and deletes it %n day(s) after staff have decided.</source>
        <translation>
            <numerusform>JPEG、PNG 或 PDF，最大 %1。Caravan 只通过加密连接（https）或向本机上的服务器发送证件，并且不会在本机保留副本。服务器加密保存证件，并在工作人员作出决定 %n 天后将其删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose your identity document</source>
        <translation>选择您的身份证件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PayoutsView</name>
    <message>
        <source>Payouts</source>
        <translation>打款</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>In escrow</source>
        <translation>托管中</translation>
    </message>
    <message>
        <source>Of which releasing</source>
        <translation>其中即将放款</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可提取</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>转账中</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已打款</translation>
    </message>
    <message>
        <source>Refunded to buyers</source>
        <translation>已退还买家</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation>申请打款</translation>
    </message>
    <message>
        <source>Held in escrow</source>
        <translation>托管中的款项</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hold ends</source>
        <translation>托管结束</translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation>打款记录</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账编号</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <source>Not up to date: %1 Shown as of %2.</source>
        <translation>不是最新数据：%1 显示的是 %2 时的数据。</translation>
    </message>
    <message>
        <source>Asking for a payout in %1…</source>
        <translation>正在申请 %1 打款…</translation>
    </message>
    <message>
        <source>The payout was refused: %1</source>
        <translation>打款申请被拒绝：%1</translation>
    </message>
    <message>
        <source>Payout of %1 made; the transfer follows.</source>
        <translation>已发起 %1 的打款，随后将进行转账。</translation>
    </message>
    <message>
        <source>Choose a currency in the balance.</source>
        <translation>请在余额中选择一种币种。</translation>
    </message>
    <message>
        <source>Nothing is available in %1 yet.</source>
        <translation>%1 暂无可提取的金额。</translation>
    </message>
    <message>
        <source>There is no exchange rate for %1 today, so its minimum is unknown.</source>
        <translation>今天没有 %1 的汇率，因此无法确定最低打款金额。</translation>
    </message>
    <message>
        <source>The smallest payout is %1.</source>
        <translation>最低打款金额为 %1。</translation>
    </message>
    <message>
        <source>Pays out %1.</source>
        <translation>将打款 %1。</translation>
    </message>
    <message>
        <source>Balances and payouts appear here once the server has been reached.</source>
        <translation>连接到服务器后，余额和打款记录会显示在这里。</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>数据时间：%1。</translation>
    </message>
    <message>
        <source>Until the buyer has it; ship by %1</source>
        <translation>托管至买家收到商品；请在 %1 前发货</translation>
    </message>
    <message>
        <source>Until the buyer has it</source>
        <translation>托管至买家收到商品</translation>
    </message>
    <message>
        <source>Until delivery (assumed by %1), then the buyer&apos;s inspection days</source>
        <translation>托管至送达（预计 %1 前），之后为买家验货期</translation>
    </message>
    <message>
        <source>Until delivery, then the buyer&apos;s inspection days</source>
        <translation>托管至送达，之后为买家验货期</translation>
    </message>
    <message>
        <source>Released on %1 unless the buyer reports a problem</source>
        <translation>如买家未报告问题，将于 %1 放款</translation>
    </message>
    <message>
        <source>Released after the buyer&apos;s inspection days</source>
        <translation>买家验货期结束后放款</translation>
    </message>
    <message>
        <source>Held while the dispute is open</source>
        <translation>纠纷处理期间继续托管</translation>
    </message>
    <message>
        <source>Your payout identity is verified. Available money is paid out automatically when it reaches the minimum, or now with Request payout.</source>
        <translation>您的收款身份已验证。可提取金额达到最低打款金额时会自动打款，您也可以点击“申请打款”立即打款。</translation>
    </message>
    <message>
        <source>Payouts wait: your payout identity is being checked by Caravan staff.</source>
        <translation>打款暂缓：Caravan 工作人员正在审核您的收款身份。</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已打款</translation>
    </message>
    <message>
        <source>Failed; the amount is available again</source>
        <translation>失败；该金额已重新变为可提取</translation>
    </message>
    <message>
        <source>Export ledger (CSV)…</source>
        <translation>导出账目（CSV）…</translation>
    </message>
    <message>
        <source>Every amount released to you, each fee and each payout, with the running balance: the lines add up to your payouts and what is available.</source>
        <translation>向您放款的每笔金额、每项费用和每次打款，并附有累计余额：各行合计正好等于您的打款与可提取金额。</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>导出账目</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Ledger saved to %1.</source>
        <translation>账目已保存到 %1。</translation>
    </message>
    <message>
        <source>The ledger was not saved: %1</source>
        <translation>账目未能保存：%1</translation>
    </message>
    <message>
        <source>There is no server to ask.</source>
        <translation>没有可连接的服务器。</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>验证身份…</translation>
    </message>
    <message>
        <source>Choose a payout to see the sales it paid out.</source>
        <translation>选择一笔打款，查看它包含哪些销售款项。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Payouts are made without an identity check on this server.</source>
        <translation>此服务器打款时不进行身份核验。</translation>
    </message>
    <message>
        <source>Send identity again…</source>
        <translation>重新提交身份…</translation>
    </message>
    <message>
        <source>Payouts wait: your payout identity was refused. Correct it and send it again.</source>
        <translation>打款暂缓：您的收款身份未通过审核。请更正后重新提交。</translation>
    </message>
    <message>
        <source>Payouts wait: your payout identity was refused: %1 Correct it and send it again.</source>
        <translation>打款暂缓：您的收款身份未通过审核：%1 请更正后重新提交。</translation>
    </message>
    <message>
        <source>Payouts wait: your payout identity is not submitted yet. Money you earn is kept for you until staff have verified it; send it with Verify identity.</source>
        <translation>打款暂缓：您尚未提交收款身份。在工作人员核实之前，您赚到的钱会为您保留；请通过“验证身份”提交。</translation>
    </message>
    <message>
        <source>The identity form needs the server: %1</source>
        <translation>身份表单需要连接服务器：%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Your identity was sent; staff will review it.</source>
        <translation>您的身份信息已提交，工作人员将进行审核。</translation>
    </message>
    <message>
        <source>The sales a payout paid out are shown when the server can be reached.</source>
        <translation>连接到服务器后，才能显示一笔打款包含哪些销售款项。</translation>
    </message>
    <message>
        <source>The sales a payout paid out are shown when the server can be reached: %1</source>
        <translation>连接到服务器后，才能显示一笔打款包含哪些销售款项：%1</translation>
    </message>
    <message>
        <source>Released to you</source>
        <translation>已放款给您</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message numerus="yes">
        <source>Paid out by this payout: %n line(s), %1.</source>
        <translation>
            <numerusform>本次打款包含的明细：%n 行，共 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ui::PdfDeclarationWriter</name>
    <message>
        <source>Customs declaration CN 23</source>
        <translation>报关单 CN 23</translation>
    </message>
    <message>
        <source>Customs declaration CN 22</source>
        <translation>报关单 CN 22</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>CUSTOMS DECLARATION</source>
        <translation>报关签条 CUSTOMS DECLARATION</translation>
    </message>
    <message>
        <source>DÉCLARATION EN DOUANE</source>
        <translation>DÉCLARATION EN DOUANE</translation>
    </message>
    <message>
        <source>May be opened officially / Peut être ouvert d&apos;office</source>
        <translation>可以径行开拆 May be opened officially / Peut être ouvert d&apos;office</translation>
    </message>
    <message>
        <source>From / De (sender)</source>
        <translation>寄件人 From / De</translation>
    </message>
    <message>
        <source>To / À (addressee)</source>
        <translation>收件人 To / À</translation>
    </message>
    <message>
        <source>Category of item / Catégorie de l&apos;envoi</source>
        <translation>邮件种类 Category of item / Catégorie de l&apos;envoi</translation>
    </message>
    <message>
        <source>Gift / Cadeau</source>
        <translation>礼品 Gift / Cadeau</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件 Documents</translation>
    </message>
    <message>
        <source>Commercial sample / Échantillon commercial</source>
        <translation>商品样品 Commercial sample / Échantillon commercial</translation>
    </message>
    <message>
        <source>Returned goods / Marchandise retournée</source>
        <translation>退回物品 Returned goods / Marchandise retournée</translation>
    </message>
    <message>
        <source>Sale of goods / Vente de marchandises</source>
        <translation>销售商品 Sale of goods / Vente de marchandises</translation>
    </message>
    <message>
        <source>Other / Autre</source>
        <translation>其他 Other / Autre</translation>
    </message>
    <message>
        <source>Explanation / Explication: %1</source>
        <translation>说明 Explanation / Explication：%1</translation>
    </message>
    <message>
        <source>Detailed description of contents / Description détaillée du contenu</source>
        <translation>内件详细名称 Detailed description of contents / Description détaillée du contenu</translation>
    </message>
    <message>
        <source>Quantity / Quantité</source>
        <translation>数量 Quantity / Quantité</translation>
    </message>
    <message>
        <source>Net weight (kg) / Poids net</source>
        <translation>净重（千克）Net weight / Poids net</translation>
    </message>
    <message>
        <source>Value / Valeur</source>
        <translation>价值 Value / Valeur</translation>
    </message>
    <message>
        <source>HS tariff number / N° tarifaire du SH</source>
        <translation>HS 税则号 HS tariff number / N° tarifaire du SH</translation>
    </message>
    <message>
        <source>Country of origin / Pays d&apos;origine</source>
        <translation>原产国 Country of origin / Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Total gross weight (kg) / Poids brut total</source>
        <translation>总毛重（千克）Total gross weight / Poids brut total</translation>
    </message>
    <message>
        <source>Total value / Valeur totale</source>
        <translation>总价值 Total value / Valeur totale</translation>
    </message>
    <message>
        <source>Postal charges/fees / Frais de port</source>
        <translation>邮费 Postal charges/fees / Frais de port</translation>
    </message>
    <message>
        <source>Invoice / Facture</source>
        <translation>发票 Invoice / Facture</translation>
    </message>
    <message>
        <source>Licence / Licence</source>
        <translation>许可证 Licence / Licence</translation>
    </message>
    <message>
        <source>Certificate / Certificat</source>
        <translation>证明书 Certificate / Certificat</translation>
    </message>
    <message>
        <source>Comments (e.g. goods subject to quarantine) / Observations</source>
        <translation>备注（如须检疫的物品）Comments / Observations</translation>
    </message>
    <message>
        <source>I, the undersigned, whose name and address are given on the item, certify that the particulars given in this declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.</source>
        <translation>我保证上述申报准确无误，本函件内未装寄法律或邮政和海关规章禁止寄递的任何危险物品。I, the undersigned, whose name and address are given on the item, certify that the particulars given in this declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.</translation>
    </message>
    <message>
        <source>Date and sender&apos;s signature / Date et signature de l&apos;expéditeur</source>
        <translation>寄件人签名及日期 Date and sender&apos;s signature / Date et signature de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>%1 chosen: %2.</source>
        <translation>已选用 %1：%2。</translation>
    </message>
    <message>
        <source>Rate: %1.</source>
        <translation>汇率：%1。</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>无法完成 %1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PhotoCameraDialog</name>
    <message>
        <source>No camera was found on this computer. Add photos from files or paste them instead.</source>
        <translation>这台电脑上没有找到摄像头。请从文件添加照片或粘贴照片。</translation>
    </message>
    <message>
        <source>This build of Caravan cannot use a camera. Add photos from files or paste them instead.</source>
        <translation>此版本的 Caravan 无法使用摄像头。请从文件添加照片或粘贴照片。</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍摄</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PhotoCropDialog</name>
    <message>
        <source>Crop photo</source>
        <translation>裁剪照片</translation>
    </message>
    <message>
        <source>Drag over the photo to choose the part to keep.</source>
        <translation>在照片上拖动，选择要保留的部分。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation>摄像头…</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>裁剪…</translation>
    </message>
    <message>
        <source>Make cover</source>
        <translation>设为封面</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Drag photos here from your files, or paste one. The first photo is the cover; drag to reorder. Location data and other metadata are removed from every photo.</source>
        <translation>从文件中将照片拖到这里，或直接粘贴。第一张照片是封面；拖动可调整顺序。每张照片的位置数据和其他元数据都会被删除。</translation>
    </message>
    <message>
        <source>(not on this computer)</source>
        <translation>（不在这台电脑上）</translation>
    </message>
    <message>
        <source>A listing has at most %1 photos; the rest were not added.</source>
        <translation>每个商品最多 %1 张照片；其余照片未添加。</translation>
    </message>
    <message>
        <source>A listing has at most %1 photos.</source>
        <translation>每个商品最多 %1 张照片。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.heic)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.heic)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <source>The photo is not on this computer.</source>
        <translation>这张照片不在这台电脑上。</translation>
    </message>
    <message>
        <source>%1 of %2 photos</source>
        <translation>%1 / %2 张照片</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ReportsView</name>
    <message>
        <source>Listing</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>成色</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <source>%1 (%2), account %3</source>
        <translation>%1（%2），账户 %3</translation>
    </message>
    <message>
        <source>Listing status</source>
        <translation>商品状态</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>No reports.</source>
        <translation>没有举报。</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1，举报人 %2</translation>
    </message>
    <message>
        <source>Decided %1 by %2: %3</source>
        <translation>%1 由 %2 决定：%3</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Remove listing…</source>
        <translation>下架商品…</translation>
    </message>
    <message>
        <source>Dismiss reports…</source>
        <translation>驳回举报…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Take the listing off the buyer pages; its photos stop being served publicly.</source>
        <translation>将商品从买家页面撤下；其照片不再公开提供。</translation>
    </message>
    <message>
        <source>Choose a listing in the queue.</source>
        <translation>请在队列中选择一个商品。</translation>
    </message>
    <message>
        <source>Offline: reported listings are not kept on this computer.</source>
        <translation>离线：被举报的商品不会保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <source>The reported listings could not be read</source>
        <translation>无法读取被举报的商品</translation>
    </message>
    <message numerus="yes">
        <source>%n reported listing(s)</source>
        <translation>
            <numerusform>%n 个被举报的商品</numerusform>
        </translation>
    </message>
    <message>
        <source>No listing is reported here.</source>
        <translation>这里没有被举报的商品。</translation>
    </message>
    <message>
        <source>The listing could not be read</source>
        <translation>无法读取该商品</translation>
    </message>
    <message>
        <source>No listing chosen</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Offline: decisions need the server.</source>
        <translation>离线：做出决定需要连接服务器。</translation>
    </message>
    <message>
        <source>Choose a listing to decide on its reports.</source>
        <translation>请选择一个商品后再处理其举报。</translation>
    </message>
    <message>
        <source>Nothing to decide: every report on this listing was decided already.</source>
        <translation>无需处理：该商品的所有举报都已处理。</translation>
    </message>
    <message>
        <source>Remove the listing</source>
        <translation>下架商品</translation>
    </message>
    <message>
        <source>Remove this listing? Buyers stop seeing it and its photos; the seller reads your note.</source>
        <translation>下架此商品？买家将不再看到它及其照片；卖家会看到您的说明。</translation>
    </message>
    <message>
        <source>Your note to the seller: what breaks the rules</source>
        <translation>写给卖家的说明：违反了哪些规则</translation>
    </message>
    <message>
        <source>Remove listing</source>
        <translation>下架商品</translation>
    </message>
    <message>
        <source>Write a note for the seller: a listing is removed only with one.</source>
        <translation>请为卖家写一段说明：下架商品时必须附上说明。</translation>
    </message>
    <message>
        <source>Dismiss the reports</source>
        <translation>驳回举报</translation>
    </message>
    <message>
        <source>Dismiss the reports on this listing? It stays on the buyer pages as it is.</source>
        <translation>驳回对此商品的举报？商品将照常保留在买家页面上。</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Dismiss reports</source>
        <translation>驳回举报</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未下架</translation>
    </message>
    <message>
        <source>Not dismissed</source>
        <translation>未驳回</translation>
    </message>
    <message>
        <source>The listing is removed; the seller reads your note.</source>
        <translation>商品已下架；卖家会看到您的说明。</translation>
    </message>
    <message>
        <source>The reports are dismissed.</source>
        <translation>举报已驳回。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::RiskFlagsView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>A flag is a prompt to look at the account, not a verdict: nothing is decided here.</source>
        <translation>标记只是提醒您查看该账户，并非结论：这里不做任何决定。</translation>
    </message>
    <message>
        <source>Choose a flag in the list.</source>
        <translation>请在列表中选择一个标记。</translation>
    </message>
    <message>
        <source>Offline: risk flags are not kept on this computer.</source>
        <translation>离线：风险标记不会保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <source>The risk flags could not be read</source>
        <translation>无法读取风险标记</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n 个标记</numerusform>
        </translation>
    </message>
    <message>
        <source>No account is flagged.</source>
        <translation>没有被标记的账户。</translation>
    </message>
    <message>
        <source>No flag chosen</source>
        <translation>未选择标记</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;，%3</translation>
    </message>
    <message>
        <source>Account opened</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>Flagged since</source>
        <translation>标记时间</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SettingsPage</name>
    <message>
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <source>A new language takes effect when Caravan is started again.</source>
        <translation>新的语言将在重新启动 Caravan 后生效。</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>本地数据</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>服务器响应正常。</translation>
    </message>
    <message>
        <source>The server does not answer right now. Caravan keeps trying in the background and works with the data on this computer meanwhile.</source>
        <translation>服务器目前没有响应。Caravan 会在后台继续尝试连接，在此期间使用本机上的数据工作。</translation>
    </message>
    <message>
        <source>Checking whether the server answers…</source>
        <translation>正在检查服务器是否响应…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3.</source>
        <translation>已在 %3 上以 %1（%2）的身份登录。</translation>
    </message>
    <message>
        <source>Working offline as %1 (%2) on %3; not signed in.</source>
        <translation>正在以 %1（%2）的身份离线工作（服务器 %3）；未登录。</translation>
    </message>
    <message>
        <source>This is a staff account.</source>
        <translation>这是一个工作人员账户。</translation>
    </message>
    <message>
        <source>The keyring has not been used yet in this session.</source>
        <translation>本次会话尚未使用密钥环。</translation>
    </message>
    <message>
        <source>The system keyring is available. Your sign-in is stored there, never in plain text.</source>
        <translation>系统密钥环可用。您的登录信息保存在其中，绝不以明文保存。</translation>
    </message>
    <message>
        <source>Local database: %1
Changes waiting to be sent to the server: %2</source>
        <translation>本地数据库：%1
等待发送到服务器的更改：%2</translation>
    </message>
    <message>
        <source>No account is open, so there is no local data to show.</source>
        <translation>没有打开的账户，因此没有可显示的本地数据。</translation>
    </message>
    <message>
        <source>Saved. The new language takes effect when Caravan is started again.</source>
        <translation>已保存。新的语言将在重新启动 Caravan 后生效。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Use this CA file</source>
        <translation>使用此 CA 文件</translation>
    </message>
    <message>
        <source>Only for a server with a private certificate authority</source>
        <translation>仅用于使用私有证书颁发机构的服务器</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation>服务器的证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is checked against the certificate authorities of this computer.</source>
        <translation>服务器的证书将按本机的证书颁发机构进行验证。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is also trusted when issued by: %1</source>
        <translation>由以下机构颁发的服务器证书也受信任：%1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ShipDialog</name>
    <message>
        <source>Mark shipped</source>
        <translation>标记为已发货</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 寄给 %2</translation>
    </message>
    <message>
        <source>Choose the carrier, or type the name of another one.</source>
        <translation>选择承运商，或输入其他承运商的名称。</translation>
    </message>
    <message>
        <source>The shipment goes to the server with the next sync. Until then the order shows “Shipped — waiting to sync”.</source>
        <translation>发货信息会在下次同步时发送到服务器。在此之前，订单显示为“已发货——等待同步”。</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>承运商：</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>运单号：</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>The number on the carrier&apos;s receipt</source>
        <translation>承运商收据上的编号</translation>
    </message>
    <message>
        <source>Will be sent as %1.</source>
        <translation>将以 %1 发送。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to Caravan</source>
        <translation>登录 Caravan</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Sign in with your Caravan account. Your password is sent only to the server below; the session is kept in the system keyring.</source>
        <translation>请使用您的 Caravan 账户登录。密码只会发送到下方的服务器；会话保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Enter the email address of your Caravan account.</source>
        <translation>请输入您 Caravan 账户的邮箱地址。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>尝试次数过多，请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>请等待 %1 秒</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>验证码：</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation>请输入身份验证器应用显示的 6 位验证码。</translation>
    </message>
    <message>
        <source>Secret (if you cannot scan): %1</source>
        <translation>密钥（无法扫描时使用）：%1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StaffConsole</name>
    <message>
        <source>Disputes</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>Reported listings</source>
        <translation>被举报的商品</translation>
    </message>
    <message>
        <source>Payout identities</source>
        <translation>收款身份</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>风险标记</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StaffNoteDialog</name>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StaffPhotoStrip</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Photo SHA-256 %1</source>
        <translation>照片 SHA-256 %1</translation>
    </message>
    <message>
        <source>%1…
received %2</source>
        <translation>%1…
接收于 %2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The server sent something that is not an image.</source>
        <translation>服务器发来的不是图片。</translation>
    </message>
    <message>
        <source>Photo SHA-256 %1 (%2 × %3 px): click to enlarge</source>
        <translation>照片 SHA-256 %1（%2 × %3 像素）：点击放大</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>The photo %1 could not be loaded: %2</source>
        <translation>无法加载照片 %1：%2</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>SHA-256 %1, received by the server %2</source>
        <translation>SHA-256 %1，服务器接收于 %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StaffSupport</name>
    <message>
        <source>%1: the server cannot be reached. The staff console works online only. %2</source>
        <translation>%1：无法连接服务器。工作人员控制台只能在线使用。%2</translation>
    </message>
    <message>
        <source>%1: the listing no longer exists.</source>
        <translation>%1：该商品已不存在。</translation>
    </message>
    <message>
        <source>%1: no report on this listing waits for a decision any more (someone decided them already). Refresh to see how.</source>
        <translation>%1：该商品已没有待处理的举报（已有人处理）。请刷新查看处理结果。</translation>
    </message>
    <message>
        <source>%1: this account has no payout identity.</source>
        <translation>%1：该账户没有收款身份。</translation>
    </message>
    <message>
        <source>%1: the server refused the field “%2”. %3</source>
        <translation>%1：服务器拒绝了字段“%2”。%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Offline: the staff console works online only. Nothing of it is kept on this computer; it comes back when the server can be reached.</source>
        <translation>离线：工作人员控制台只能在线使用。其内容不会保存在这台电脑上；能连接服务器时会恢复。</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StatusIndicators</name>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Checking connection…</source>
        <translation>正在检查连接…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline — working with local data</source>
        <translation>离线 — 正在使用本地数据</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SyncLogWindow</name>
    <message>
        <source>Sync log</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SyncStatus</name>
    <message>
        <source>Sync log</source>
        <translation>同步日志</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: no account</source>
        <translation>同步：未打开账户</translation>
    </message>
    <message>
        <source>Offline — changes are kept and sent later</source>
        <translation>离线——更改已保存，稍后发送</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync failed; retrying soon</source>
        <translation>同步失败，即将重试</translation>
    </message>
    <message>
        <source>Online, not synced yet</source>
        <translation>在线，尚未同步</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>刚刚已同步</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前已同步</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos %1 of %2</source>
        <translation>照片 %1 / %2</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>正在发送 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s)</source>
        <translation>
            <numerusform>已接收 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading photos %1 of %2</source>
        <translation>正在下载照片 %1 / %2</translation>
    </message>
</context>
<context>
    <name>caravan::ui::TemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>e.g. Japan Post, worldwide</source>
        <translation>例如：日本邮政，寄往全球</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shipping: ships from, destinations, services, handling time, weight and size</source>
        <translation>运输：发货地、寄送地区、邮寄服务、备货时间、重量和尺寸</translation>
    </message>
    <message>
        <source>Description boilerplate</source>
        <translation>描述模板文字</translation>
    </message>
    <message>
        <source>Defaults: category, condition, brand, price, quantity, origin, HS code</source>
        <translation>默认值：类目、成色、品牌、价格、数量、原产国、HS 编码</translation>
    </message>
</context>
</TS>
