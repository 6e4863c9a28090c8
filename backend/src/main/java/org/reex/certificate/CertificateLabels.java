package org.reex.certificate;

import java.util.Map;

/** The PDF's words in English and Chinese. */
enum CertificateLabels {

    EN(Map.ofEntries(
            Map.entry("title", "Certificate of Recycling"),
            Map.entry("subtitle", "Rare-earth recovery, issued by the REEx registry"),
            Map.entry("code", "Certificate code"),
            Map.entry("lot", "Lot"),
            Map.entry("category", "Waste category"),
            Map.entry("region", "Region"),
            Map.entry("declaredGross", "Declared gross mass"),
            Map.entry("received", "Received mass (weighbridge)"),
            Map.entry("route", "Process route"),
            Map.entry("recycler", "Recycler"),
            Map.entry("licence", "Licence number"),
            Map.entry("awardedAt", "Awarded"),
            Map.entry("receivedAt", "Received"),
            Map.entry("processed", "Processed"),
            Map.entry("issuedAt", "Issued"),
            Map.entry("element", "Element"),
            Map.entry("declaredKg", "Declared (kg)"),
            Map.entry("recoveredKg", "Recovered (kg)"),
            Map.entry("rate", "Recovery rate"),
            Map.entry("total", "Total"),
            Map.entry("basis", "Masses in kg, metal basis; declared = gross mass x declared fraction."),
            Map.entry("chain", "Custody chain"),
            Map.entry("chainValid", "verified now, %d events intact"),
            Map.entry("chainBroken", "BROKEN at event %s (%s): the record was altered after issue"),
            Map.entry("chainHash", "Chain hash at issue"),
            Map.entry("signature", "Signed ES256, key"),
            Map.entry("verify", "Verify this certificate"),
            Map.entry("verifyNote", "Scan the code or open the address; the signature checks offline against the public keys at"),
            Map.entry("to", "to")),
            Map.ofEntries(
                    Map.entry("NDFEB_MAGNET", "NdFeB magnets"), Map.entry("SMCO_MAGNET", "SmCo magnets"),
                    Map.entry("MAGNET_MOTOR", "Magnet motors"), Map.entry("NIMH_BATTERY", "NiMH batteries"),
                    Map.entry("FLUORESCENT_LAMP", "Fluorescent lamps"), Map.entry("LAMP_PHOSPHOR", "Lamp phosphor"),
                    Map.entry("FCC_CATALYST", "FCC catalyst"), Map.entry("AUTO_CATALYST", "Automotive catalyst"),
                    Map.entry("POLISHING_POWDER", "Polishing powder"), Map.entry("MOLTEN_SALT_SLAG", "Molten-salt slag"),
                    Map.entry("E_WASTE", "E-waste"), Map.entry("HYDROMETALLURGY", "Hydrometallurgy"),
                    Map.entry("PYROMETALLURGY", "Pyrometallurgy"), Map.entry("DIRECT_REUSE", "Direct reuse"),
                    Map.entry("OTHER", "Other"))),

    ZH(Map.ofEntries(
            Map.entry("title", "再生利用证明"),
            Map.entry("subtitle", "稀土回收证明，由 REEx 登记平台签发"),
            Map.entry("code", "证书编号"),
            Map.entry("lot", "批次"),
            Map.entry("category", "废料类别"),
            Map.entry("region", "地区"),
            Map.entry("declaredGross", "申报毛重"),
            Map.entry("received", "实收重量（地磅）"),
            Map.entry("route", "处理工艺"),
            Map.entry("recycler", "回收企业"),
            Map.entry("licence", "许可证编号"),
            Map.entry("awardedAt", "成交时间"),
            Map.entry("receivedAt", "接收时间"),
            Map.entry("processed", "处理期间"),
            Map.entry("issuedAt", "签发时间"),
            Map.entry("element", "元素"),
            Map.entry("declaredKg", "申报含量（千克）"),
            Map.entry("recoveredKg", "回收量（千克）"),
            Map.entry("rate", "回收率"),
            Map.entry("total", "合计"),
            Map.entry("basis", "质量单位为千克，按金属计；申报含量 = 毛重 × 申报质量分数。"),
            Map.entry("chain", "监管链"),
            Map.entry("chainValid", "现已核验，%d 个事件完整"),
            Map.entry("chainBroken", "已断裂：事件 %s（%s），记录在签发后被改动"),
            Map.entry("chainHash", "签发时监管链哈希"),
            Map.entry("signature", "ES256 签名，密钥"),
            Map.entry("verify", "核验本证书"),
            Map.entry("verifyNote", "扫描二维码或打开网址；也可用以下公钥离线验证签名"),
            Map.entry("to", "至")),
            Map.ofEntries(
                    Map.entry("NDFEB_MAGNET", "钕铁硼磁体"), Map.entry("SMCO_MAGNET", "钐钴磁体"),
                    Map.entry("MAGNET_MOTOR", "永磁电机"), Map.entry("NIMH_BATTERY", "镍氢电池"),
                    Map.entry("FLUORESCENT_LAMP", "荧光灯"), Map.entry("LAMP_PHOSPHOR", "灯用荧光粉"),
                    Map.entry("FCC_CATALYST", "催化裂化催化剂"), Map.entry("AUTO_CATALYST", "汽车尾气催化剂"),
                    Map.entry("POLISHING_POWDER", "抛光粉"), Map.entry("MOLTEN_SALT_SLAG", "熔盐渣"),
                    Map.entry("E_WASTE", "电子废弃物"), Map.entry("HYDROMETALLURGY", "湿法冶金"),
                    Map.entry("PYROMETALLURGY", "火法冶金"), Map.entry("DIRECT_REUSE", "直接再利用"),
                    Map.entry("OTHER", "其他")));

    private final Map<String, String> words;
    private final Map<String, String> codes;

    CertificateLabels(Map<String, String> words, Map<String, String> codes) {
        this.words = words;
        this.codes = codes;
    }

    static CertificateLabels of(String lang) {
        return "zh".equalsIgnoreCase(lang) ? ZH : EN;
    }

    String word(String key) {
        return words.getOrDefault(key, key);
    }

    /** A category's or process route's name, with its code so either can be searched for. */
    String code(String code) {
        String name = codes.get(code);
        return name == null ? code : name + " (" + code + ")";
    }
}
